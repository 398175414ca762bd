// Readings of the ninth round (issue 11), each a class of sentence with its forms written here, not taken from an
// evaluation draft.
import { Paragraph, scanParagraphs } from '../src/core';
import { ownTerm } from '../src/core/prose/periods';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const claims = (...texts: string[]) => scanParagraphs(body(...texts)).claims;
const flagged = (...texts: string[]) => claims(...texts).filter((c) => c.verdict === 'inconsistent' || c.verdict === 'rounding');
const shares = (...texts: string[]) => claims(...texts).filter((c) => c.kind === 'share');

describe('the base of a share', () => {
  test('"tổng số X" is the figure the text calls the total of X, not a part of its breakdown, however far off', () => {
    const total = 'Tổng số hồ sơ tiếp nhận năm 2025 là 52.180 hồ sơ, tăng 3.115 hồ sơ so với năm 2024; trong đó: tiếp nhận trực tuyến 31.406 hồ sơ, tiếp nhận trực tiếp 20.774 hồ sơ.';
    // 2.413 of 52.180 is 4,62 %; 18,35 % is far off any reading, but the base is the one the text names.
    expect(flagged(total, 'Số hồ sơ trả lại 2.413 hồ sơ, chiếm 18,35% tổng số hồ sơ tiếp nhận.')).toEqual([expect.objectContaining({ kind: 'share', stated: '18,35%', expected: '4,62%' })]);
    // Without "tổng", the total is still the figure meant before a part of it; far off a reading, the reading is in doubt.
    expect(flagged(total, 'Số hồ sơ trả lại 2.413 hồ sơ, chiếm 18,35% số hồ sơ tiếp nhận.')).toEqual([expect.objectContaining({ expected: '4,62%' })]);
    expect(flagged(total, 'Số hồ sơ trả lại 2.413 hồ sơ, chiếm 38,35% số hồ sơ tiếp nhận.')).toEqual([]);
    // Right of the total: no flag.
    expect(flagged(total, 'Số hồ sơ trả lại 2.413 hồ sơ, chiếm 4,62% tổng số hồ sơ tiếp nhận.')).toEqual([]);
  });

  test('a list with one share fitting its base exactly holds the other to that base when it is a keystroke off', () => {
    const intro = 'Về trình độ của 48 cán bộ được bồi dưỡng: dưới 35 tuổi 11 người, từ 35 tuổi trở lên 37 người.';
    // 19/48 = 39,58 %; 23/48 = 47,92 % written 47,29 %.
    expect(flagged(intro, 'Về chuyên môn: thạc sĩ 19 người, chiếm 39,58%; đại học 23 người, chiếm 47,29%.')).toEqual([expect.objectContaining({ kind: 'share', stated: '47,29%', expected: '47,92%' })]);
    // Far off, not a slip: which base was meant stays open.
    expect(flagged(intro, 'Về chuyên môn: thạc sĩ 19 người, chiếm 39,58%; đại học 23 người, chiếm 52,10%.')).toEqual([]);
  });

  test('a category whose share opens a list of its own ("; chia ra:") is that list\'s whole', () => {
    const text =
      'Tổng thu ngân sách trên địa bàn đạt 2.640,5 tỷ đồng. Thu từ doanh nghiệp ngoài quốc doanh đạt 812,6 tỷ đồng, chiếm 30,77% tổng thu ngân sách trên địa bàn; chia ra: doanh nghiệp tư nhân 305,2 tỷ đồng, chiếm 37,56%; công ty trách nhiệm hữu hạn 507,4 tỷ đồng, chiếm 62,40%.';
    // 305,2/812,6 = 37,56 %; 507,4/812,6 = 62,44 % written 62,40 %.
    expect(shares(text).find((c) => c.stated === '37,56%')).toEqual(expect.objectContaining({ verdict: 'consistent' }));
    expect(flagged(text)).toEqual([expect.objectContaining({ kind: 'share', stated: '62,40%', expected: '62,44%' })]);
  });
});

describe('where a share stands', () => {
  test('after a breakdown in a parenthesis, a share is of the figure before the parenthesis', () => {
    const text = (p: string) => `Năm 2025 tiếp nhận 8.412 đơn, đã xử lý 7.936 đơn (đúng hạn 7.801 đơn, quá hạn 135 đơn), đạt ${p} số đơn tiếp nhận.`;
    // 7.936/8.412 = 94,34 %.
    expect(shares(text('94,34%'))).toEqual([expect.objectContaining({ verdict: 'consistent', stated: '94,34%' })]);
    expect(flagged(text('94,43%'))).toEqual([expect.objectContaining({ kind: 'share', stated: '94,43%', expected: '94,34%' })]);
  });
  test('a fraction\'s share may open its parenthesis with "chiếm"', () => {
    // 187/193 = 96,891 %: 96,89 %, truncated from nothing.
    expect(flagged('Qua kiểm tra, 187/193 hội viên thực hiện tốt (chiếm 96,98%); 06 hội viên còn hạn chế.')).toEqual([expect.objectContaining({ stated: '96,98%', expected: '96,89%' })]);
    expect(flagged('Qua kiểm tra, 187/193 hội viên thực hiện tốt (chiếm 96,89%); 06 hội viên còn hạn chế.')).toEqual([]);
  });
});

describe('shares and the period compared with', () => {
  const total = 'Tổng số đoàn viên cuối năm 2025 là 12.480 người, tăng 1.130 người so với đầu năm (11.350 đoàn viên), tương đương tăng 9,96%.';
  test('a share that misfits its total and fits exactly the value that total is compared with took the other period\'s whole', () => {
    // 6.810/11.350 = 60 %; of 12.480, 54,57 %.
    expect(flagged(`${total} Đoàn viên nữ 6.810 người, chiếm 60,00%.`)).toEqual([expect.objectContaining({ kind: 'share', stated: '60,00%', expected: '54,57%' })]);
    expect(flagged(`${total} Đoàn viên nữ 6.810 người, chiếm 54,57%.`)).toEqual([]);
    // A share whose own clause names the earlier period is of that period.
    expect(flagged(`${total} Năm 2024 đoàn viên nữ là 6.810 người, chiếm 60,00%.`)).toEqual([]);
  });
  test('a share written in the parenthesis of the value compared with is of that period, whatever base the sentence named', () => {
    expect(flagged('Nợ quá hạn đến 31/12/2025 là 540 triệu đồng, chiếm 0,11% tổng dư nợ 490.912 triệu đồng, giảm 130 triệu đồng so với 31/12/2024 (670 triệu đồng, chiếm 0,15%).')).toEqual([]);
  });
});

describe('more than one share of a figure', () => {
  test('"đạt p% A và chiếm q% B (N)": a second share of the same figure, of its own whole', () => {
    const text = (q: string) => `Năm 2025 có 21.300 hộ đăng ký, kết quả 17.044 hộ được công nhận, đạt 80,02% số hộ đăng ký và chiếm ${q} tổng số hộ toàn huyện (38.112 hộ).`;
    // 17.044/38.112 = 44,72 %.
    expect(flagged(text('44,72%'))).toEqual([]);
    expect(flagged(text('47,42%'))).toEqual([expect.objectContaining({ kind: 'share', stated: '47,42%', expected: '44,72%' })]);
  });
  test('a percentage opening a parenthesis with a noun of its own counts that noun, not the figure before', () => {
    expect(flagged('Toàn huyện có 215 chi hội, gồm 140 chi hội thôn, khu phố (100% thôn, khu phố có chi hội); 75 chi hội trường học.')).toEqual([]);
  });
});

describe('a category\'s share written in the sentence after its list', () => {
  const list = 'Ban Chấp hành khóa mới dự kiến 21 đồng chí, tăng 02 đồng chí so với khóa trước; trong đó nữ 06 đ/c, trẻ dưới 40 tuổi 04 đ/c.';
  test('the count the list gives the category (named before it, an age threshold aside) is the part, the list\'s total the base', () => {
    // 6/21 = 28,57 %; 4/21 = 19,05 %.
    expect(flagged(`${list} Cán bộ nữ chiếm 28,57%, cán bộ trẻ chiếm 19,05%.`)).toEqual([]);
    expect(flagged(`${list} Cán bộ nữ chiếm 28,57%, cán bộ trẻ chiếm 19,50%.`)).toEqual([expect.objectContaining({ kind: 'share', stated: '19,50%', expected: '19,05%' })]);
  });
  test('a category the list does not count, or counts twice, is not read', () => {
    expect(claims(`${list} Cán bộ dân tộc thiểu số chiếm 9,52%.`).filter((c) => c.kind === 'share')).toEqual([]);
  });
});

describe('a change naming its subject, the earlier value in a parenthesis after it', () => {
  const text = (d: string) => `Năm 2025, vốn chương trình đã giải ngân 12.450 triệu đồng, đạt 91,2% kế hoạch. So với năm 2024, số tiền giải ngân tăng ${d} triệu đồng (năm 2024: 11.220 triệu đồng).`;
  test('"(năm Y: N)" is the value compared with; the value now is the one figure before written with the same words', () => {
    expect(flagged(text('1.230'))).toEqual([]);
    expect(flagged(text('1.320'))).toEqual([expect.objectContaining({ kind: 'difference', stated: '1.320', expected: '1.230' })]);
  });
  test('two figures written with the same words leave the change unread', () => {
    const two = 'Năm 2025, vốn trong nước đã giải ngân 12.450 triệu đồng, vốn ODA đã giải ngân 3.100 triệu đồng. So với năm 2024, số tiền giải ngân tăng 1.320 triệu đồng (năm 2024: 11.220 triệu đồng).';
    expect(flagged(two)).toEqual([]);
  });
});

describe('a rate after a change written in the same clause', () => {
  test('the rate measures the change before it, not a figure of another clause', () => {
    const text = (r: string) => `Trong năm phát triển mới 1.240 đoàn viên, giảm 310 đoàn viên do chuyển sinh hoạt; số đoàn viên thực tăng 930 người, tăng ${r} so với năm 2024 (15.480 đoàn viên).`;
    // 930/15.480 = 6,0078 %.
    expect(flagged(text('6,01%'))).toEqual([]);
    expect(flagged(text('6,10%'))).toEqual([expect.objectContaining({ kind: 'ratio', stated: '6,10%', expected: '6,01%' })]);
  });
});

describe('the same quantity written twice', () => {
  const repeats = (...texts: string[]) => flagged(...texts).filter((c) => c.kind === 'cross');
  test('a stock at the last day of a year is that year\'s, where the body states its stocks at no other date', () => {
    const stock = 'Tổng số hội viên đến 31/12/2025 là 27.356 người, trong đó nữ 15.102 người.';
    expect(repeats(stock, 'Năm 2025, Hội hoàn thành các chỉ tiêu; số hội viên đạt 27.536 người.')).toEqual([expect.objectContaining({ stated: '27.536' })]);
    // With stocks stated at another day too, the year's figure may stand at that day.
    expect(repeats('Đến 30/9/2025, Hội có 26.990 hội viên.', stock, 'Năm 2025, Hội hoàn thành các chỉ tiêu; số hội viên đạt 27.536 người.')).toEqual([]);
  });
});

describe('lengths of roads', () => {
  test('"đường huyện 62,3 km" is a length, not the number of a road', () => {
    expect(flagged('Năm 2025 đã làm mới 352,5 km đường giao thông (đường huyện 48,2 km, đường xã 126,9 km, đường thôn 177,4 km).')).toEqual([]);
    expect(flagged('Năm 2025 đã làm mới 325,5 km đường giao thông (đường huyện 48,2 km, đường xã 126,9 km, đường thôn 177,4 km).')).toEqual([expect.objectContaining({ kind: 'sum', stated: '325,5', expected: '352,5' })]);
    // A road's number stays a name: "Quốc lộ 57", "đường huyện 62".
    expect(flagged('Trên Quốc lộ 57 phát hiện 864 trường hợp, trên đường huyện 62 phát hiện 412 trường hợp; tổng cộng 1.276 trường hợp.')).toEqual([]);
  });
});

describe('the term a comparison belongs to', () => {
  test('a term inside a quoted title names the programme, not the time of the figures', () => {
    const text = 'Thực hiện Đề án “Nâng cao chất lượng hội viên giai đoạn 2010 - 2020”. Trong nhiệm kỳ, các cấp Hội tổ chức 1.245 cuộc tập huấn, tăng 112 cuộc so với nhiệm kỳ 2010 - 2015 (1.133 cuộc).';
    expect(ownTerm(text, text.indexOf('so với'))).toBeUndefined();
    const named = text.replace('Trong nhiệm kỳ,', 'Nhiệm kỳ 2015 - 2020,');
    expect(ownTerm(named, named.indexOf('so với'))).toMatchObject({ term: { label: '2015 - 2020' } });
  });
});

describe('a change of a rate named in words', () => {
  test('a rate that names a base of its own ("Tỷ lệ X trên số Y") is not the rate named without it', () => {
    const earlier = 'Năm 2025 tiếp nhận 260 vụ việc; hòa giải thành 190 vụ (chiếm 73,08%), không thành 40 vụ. Tỷ lệ hòa giải thành trên số vụ việc đã kết thúc hòa giải đạt 82,61%.';
    // Of the 82,61 %, the change from 71,20 % would be 11,41 points; of 73,08 %, 1,88.
    expect(flagged(earlier, 'Tỷ lệ hòa giải thành tăng 1,88% so với năm 2024 (71,20%).').filter((c) => c.kind === 'points')).toEqual([]);
  });
});

describe('the owner of a part', () => {
  test('a fraction earlier in the sentence is no base past a clause that opens on a whole of its own', () => {
    const text = (p: string) => `Tự kiểm tra 35/35 văn bản sau khi ban hành, đạt 100%; kiểm tra theo thẩm quyền 16 văn bản của cấp xã, phát hiện 03 văn bản sai sót (chiếm ${p}), đã kiến nghị xử lý.`;
    // 3/16 = 18,75 %; of 35, 8,57 %.
    expect(flagged(text('18,75%'))).toEqual([]);
    expect(shares(text('18,75%')).find((c) => c.stated === '18,75%')).toEqual(expect.objectContaining({ verdict: 'consistent', base: '16' }));
  });
});

describe('the owner of a part with no unit', () => {
  test('the one larger figure of the same noun in the part\'s own clause', () => {
    expect(flagged('Kiểm tra theo thẩm quyền 16 văn bản của cấp xã, phát hiện 03 văn bản sai sót (chiếm 17,85%), đã kiến nghị xử lý.')).toEqual([expect.objectContaining({ kind: 'share', stated: '17,85%', expected: '18,75%' })]);
    // Two such figures: which is the whole is not known.
    expect(flagged('Tiếp nhận 40 văn bản, kiểm tra 16 văn bản, phát hiện 03 văn bản sai sót (chiếm 17,85%).')).toEqual([]);
  });
});

describe('a change far off its values', () => {
  const text = (d: string) => `Dư nợ thuế đến 30/6/2025 là 842,6 tỷ đồng, tăng 72,5 tỷ đồng so với thời điểm 31/12/2024 (770,1 tỷ đồng); so với thời điểm 30/6/2024 (752,9 tỷ đồng) tăng ${d} tỷ đồng.`;
  test('is certainly wrong when it is exactly the gap with another value compared with in its sentence', () => {
    // 842,6 − 752,9 = 89,7; 17,2 = 770,1 − 752,9, five times off: no slip, but the gap explains it.
    expect(flagged(text('89,7'))).toEqual([]);
    expect(flagged(text('17,2'))).toEqual([expect.objectContaining({ kind: 'difference', stated: '17,2', expected: '89,7' })]);
  });
  test('is left undecided when no figure of the sentence explains it', () => {
    expect(flagged(text('12,4'))).toEqual([]);
  });
});

describe('a category\'s share written after its list in the same sentence', () => {
  test('a colon list: the unit after the count names no category, "riêng" opens the share', () => {
    const text = (p: string) => `Kết quả giải quyết 58 vụ việc: khiếu nại đúng 07 vụ việc, khiếu nại đúng một phần 13 vụ việc, khiếu nại sai 38 vụ việc; riêng khiếu nại đúng một phần chiếm ${p}.`;
    // 13/58 = 22,41 %.
    expect(shares(text('22,41%'))).toEqual([expect.objectContaining({ verdict: 'consistent', stated: '22,41%' })]);
    expect(flagged(text('22,14%'))).toEqual([expect.objectContaining({ kind: 'share', stated: '22,14%', expected: '22,41%' })]);
  });
  test('a parenthesis list: the share of each item is of the figure the parenthesis follows, the category may name its noun', () => {
    const houses = (p: string) => `Xây dựng, sửa chữa 145 căn nhà Đại đoàn kết, nhà tình thương (xây mới 98 căn, sửa chữa 47 căn); nhà xây mới chiếm ${p}, nhà sửa chữa chiếm 32,41%.`;
    // 98/145 = 67,59 %; 47/145 = 32,41 %.
    expect(flagged(houses('67,59%'))).toEqual([]);
    expect(flagged(houses('67,95%'))).toEqual([expect.objectContaining({ kind: 'share', stated: '67,95%', expected: '67,59%' })]);
    const people = 'Toàn xã có 3.120 người dân tộc thiểu số (Khmer 2.704 người, Hoa 380 người, dân tộc khác 36 người); đồng bào Khmer chiếm 86,67%, đồng bào Hoa chiếm 12,18%.';
    expect(shares(people).map((c) => [c.stated, c.verdict])).toEqual([['86,67%', 'consistent'], ['12,18%', 'consistent']]);
  });
});

describe('which of two mentions is the slip', () => {
  test('a part no larger than its whole confirms nothing: the later mention is the one reported', () => {
    const body = 'Năm 2025, Viện kiểm sát đã giải quyết 132 vụ/207 bị can; trong đó truy tố 127 vụ/196 bị can, đình chỉ 05 vụ/11 bị can.';
    const note = 'Năm 2025, Viện kiểm sát nhân dân huyện đã truy tố 127 vụ/169 bị can, trong đó có 18 vụ truy tố theo thủ tục rút gọn.';
    expect(flagged(body, note).filter((c) => c.kind === 'cross')).toEqual([expect.objectContaining({ stated: '169', paragraph: 2 })]);
  });
});

describe('a change after its comparison, and its rate', () => {
  const text = (d: string, r: string) => `Đến 31/12/2025, toàn tỉnh có 7.530 hợp tác xã đang hoạt động với tổng vốn điều lệ 42.118,6 tỷ đồng; so với cuối năm 2024 (7.102 hợp tác xã), tăng ${d} hợp tác xã (tăng ${r}).`;
  test('the value now is the figure of the change\'s noun, not a nearer amount of money', () => {
    // 7.530 − 7.102 = 428; 428/7.102 = 6,026 %.
    expect(flagged(text('428', '6,03%'))).toEqual([]);
    expect(flagged(text('482', '6,79%')).map((c) => [c.kind, c.stated, c.expected])).toContainEqual(['difference', '482', '428']);
  });
  test('a rate of a mistyped change is held to the values, as the writer computed it', () => {
    // The change 482 is the slip; 6,02 % is 428/7.102 truncated: a rounding slip, not a rate of 482.
    expect(flagged(text('482', '6,02%')).map((c) => [c.kind, c.verdict, c.stated])).toEqual(expect.arrayContaining([['difference', 'inconsistent', '482'], ['ratio', 'rounding', '6,02%']]));
  });
});

describe('foreign money', () => {
  test('a share of an amount in USD is of an amount in USD, never of a count', () => {
    const earlier = 'Toàn tỉnh có 8.715 doanh nghiệp đang hoạt động.';
    const text = (p: string) => `Lũy kế có 126 dự án FDI còn hiệu lực, tổng vốn đăng ký 3.940,5 triệu USD; vốn thực hiện 2.615,2 triệu USD, đạt ${p} vốn đăng ký.`;
    // 2.615,2/3.940,5 = 66,37 %.
    expect(flagged(earlier, text('66,37%'))).toEqual([]);
    expect(flagged(earlier, text('66,73%'))).toEqual([expect.objectContaining({ kind: 'share', stated: '66,73%', expected: '66,37%' })]);
  });
});

describe('a share of the value of another period', () => {
  const text = (p: string) => `Năm 2025, toàn huyện có 4.120 người có nghĩa vụ kê khai tài sản (năm 2024 là 3.860 người), tăng 260 người; đã kê khai 4.120/4.120 người, đạt 100%. Đã xác minh 96 người, chiếm ${p} số người phải kê khai.`;
  test('a figure in a parenthesis naming its year is no base of the report\'s own share; a share that fits it exactly took the wrong base', () => {
    // 96/4.120 = 2,33 %; 96/3.860 = 2,49 %.
    expect(flagged(text('2,33%'))).toEqual([]);
    expect(flagged(text('2,49%'))).toEqual([expect.objectContaining({ kind: 'share', stated: '2,49%', expected: '2,33%' })]);
    // Off both, and no slip: undecided.
    expect(flagged(text('3,10%'))).toEqual([]);
  });
});

describe('a base named by two acts joined by a comma', () => {
  test('"đã đánh giá, phân loại 52 HTX" answers to "số HTX được đánh giá"', () => {
    const text = (p: string) => `Năm 2025 toàn huyện có 61 HTX; đã đánh giá, phân loại 52 HTX. Số HTX xếp loại khá, tốt là 34 HTX, chiếm ${p} số HTX được đánh giá.`;
    // 34/52 = 65,38 %; of 61, 55,74 %.
    expect(flagged(text('65,38%'))).toEqual([]);
    expect(flagged(text('55,74%'))).toEqual([expect.objectContaining({ kind: 'share', stated: '55,74%', expected: '65,38%' })]);
  });
});

describe('changes after an opening comparison that lists several values', () => {
  const text = (r: string) => `Năm 2025 xảy ra 186 vụ tai nạn, làm chết 97 người, bị thương 142 người. So với năm 2024 (108 người chết, 155 người bị thương), giảm 11 người chết (giảm ${r}), giảm 13 người bị thương (giảm 8,39%).`;
  test('each change with its rate is read against the value written with its own noun', () => {
    // 11/108 = 10,19 %; 13/155 = 8,39 %.
    expect(flagged(text('10,19%'))).toEqual([]);
    expect(flagged(text('10,91%'))).toEqual([expect.objectContaining({ kind: 'ratio', stated: '10,91%', expected: '10,19%' })]);
  });
  test('a noun no value of the list carries leaves the rate unread', () => {
    const other = 'So với năm 2024 (108 người chết, 155 người bị thương), giảm 19 vụ (giảm 9,27%).';
    expect(claims(other).filter((c) => c.kind === 'ratio')).toEqual([]);
  });
});

describe('a change with its rate in a parenthesis that repeats the direction', () => {
  test('"tăng D (tăng p%) so với năm Y (N)" is the change over N', () => {
    const text = (r: string) => `Thu nhập bình quân đạt 7,5 triệu đồng/người/tháng, tăng 0,6 triệu đồng (tăng ${r}) so với năm 2024 (6,9 triệu đồng/người/tháng).`;
    // 0,6/6,9 = 8,696 %.
    expect(flagged(text('8,7%'))).toEqual([]);
    expect(flagged(text('8,6%'))).toEqual([expect.objectContaining({ kind: 'ratio', verdict: 'rounding', stated: '8,6%', expected: '8,7%' })]);
  });
});

describe('a year compared with that is not the one before', () => {
  const terms = (...texts: string[]) => flagged(...texts).filter((c) => c.kind === 'term-label');
  const earlier = ['BÁO CÁO', 'Tình hình phát triển doanh nghiệp năm 2025', 'Năm 2024 toàn tỉnh thu hút 214,5 triệu USD vốn đầu tư trực tiếp nước ngoài.'];
  test('is an error when the rate written before it is exactly the change from the value stated as the year before\'s', () => {
    // 268,9/214,5 = 1,2536: tăng 25,36 % of 2024's value.
    expect(terms(...earlier, 'Năm 2025, tổng vốn FDI thu hút 268,9 triệu USD, tăng 25,36% so với năm 2023.')).toEqual([expect.objectContaining({ stated: 'năm 2023', expected: 'năm 2024' })]);
  });
  test('stays a doubt when the rate fits no value of the year before', () => {
    expect(terms(...earlier, 'Năm 2025, tổng vốn FDI thu hút 268,9 triệu USD, tăng 31,20% so với năm 2023.')).toEqual([]);
  });
});

describe('a "trong đó" list after a semicolon', () => {
  test('opens the parts of the figure before it; parts adding up to it with two digits swapped make it a slip', () => {
    expect(claims('Tổng kinh phí là 652,418 tỷ đồng; trong đó ngân sách 240,106 tỷ đồng, xã hội hóa 412,312 tỷ đồng.').filter((c) => c.kind === 'subset')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(flagged('Tổng kinh phí là 652,481 tỷ đồng; trong đó ngân sách 240,106 tỷ đồng, xã hội hóa 412,312 tỷ đồng.')).toEqual([expect.objectContaining({ stated: '652,481', expected: '652,418' })]);
  });
  test('"; gồm" after two figures is not read: which of them it lists is not known', () => {
    expect(flagged('Đơn vị được giao 16 biên chế, hiện có 15 đồng chí; gồm 08 kiểm sát viên, 05 chuyên viên, 03 nhân viên.')).toEqual([]);
  });
});

describe('a change said by "nhiều hơn … là"', () => {
  test('the value compared with in the period\'s parenthesis, the change after "là"', () => {
    const text = (d: string) => `Năm 2025, nhân dân tháo dỡ 2.845 m tường rào, nhiều hơn năm 2024 (2.317 m) là ${d} m.`;
    expect(flagged(text('528'))).toEqual([]);
    expect(flagged(text('582'))).toEqual([expect.objectContaining({ kind: 'difference', stated: '582', expected: '528' })]);
    // "ít hơn" is a fall: 2.317 is no fall from 2.845.
    expect(flagged('Năm 2025, nhân dân tháo dỡ 2.317 m tường rào, ít hơn năm 2024 (2.845 m) là 528 m.')).toEqual([]);
  });
});

describe('a change of a rate with no period named', () => {
  const text = (d: string) => `Đầu năm 2025 toàn xã có 312 hộ nghèo trên tổng số 8.640 hộ, chiếm 3,61%; đến cuối năm còn 241 hộ nghèo trên 8.702 hộ, chiếm 2,77%; tỷ lệ hộ nghèo giảm ${d}, vượt chỉ tiêu.`;
  test('is between the sentence\'s share of the rate at the start and its share at the end', () => {
    // 3,61 − 2,77 = 0,84 points.
    expect(flagged(text('0,84%'))).toEqual([]);
    expect(flagged(text('0,48%'))).toEqual([expect.objectContaining({ kind: 'points', stated: '0,48%', expected: '0,84%' })]);
  });
  test('is not read when the sentence does not mark one share the start and one the end', () => {
    const unmarked = 'Năm 2025 toàn xã có 312 hộ nghèo trên tổng số 8.640 hộ, chiếm 3,61%; còn 241 hộ nghèo trên 8.702 hộ, chiếm 2,77%; tỷ lệ hộ nghèo giảm 0,48%.';
    expect(flagged(unmarked)).toEqual([]);
  });
});

