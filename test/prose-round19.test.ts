// Readings of the nineteenth round (issue 11), each a class of sentence with its forms written here, not taken from an
// evaluation draft.
import { Paragraph, scanParagraphs } from '../src/core';
import { tokenize } from '../src/core/prose/tokens';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const claims = (...texts: string[]) => scanParagraphs(body(...texts)).claims;
const at = (stated: string, ...texts: string[]) => claims(...texts).filter((c) => c.stated === stated);

describe('an amount broken down into bare figures, its items named with commas', () => {
  // 1.204,50 + 386,25 + 92,40 = 1.683,15.
  const sentence = (total: string) => `Năm 2024, chi đầu tư phát triển ${total} triệu đồng, bao gồm: giao thông, thủy lợi 1.204,50; trường học, trạm y tế 386,25; nhà văn hóa 92,40.`;

  test('the items count in the total’s unit', () => {
    expect(at('1.683,15', sentence('1.683,15'))).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'consistent' })]);
    expect(at('1.638,15', sentence('1.638,15'))).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'inconsistent', expected: '1.683,15' })]);
  });

  test('a count’s list does not take bare decimals as its items', () => {
    // A rate without its unit is no count of people.
    expect(claims('Đơn vị có 52 người, gồm: quản lý 1,5; kỹ thuật 30,5; phục vụ 20.').filter((c) => c.kind === 'sum')).toEqual([]);
  });
});

describe('a digit glued to a letter names a class', () => {
  test('it is no figure', () => {
    expect(tokenize('11 xe hạng C1, 05 xe hạng D2').map((t) => [t.text, t.kind, t.why])).toEqual([
      ['11', 'count', undefined],
      ['1', 'other', 'code'],
      ['05', 'count', undefined],
      ['2', 'other', 'code'],
    ]);
  });

  test('a list naming classes so is read', () => {
    // 12 + 30 + 9 + 4 = 55.
    const sentence = (total: string) => `Đội xe của Công ty có ${total} xe (12 xe hạng B1, 30 xe hạng B2, 09 xe hạng C1, 04 xe hạng D).`;
    expect(at('55', sentence('55'))).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'consistent' })]);
    expect(at('53', sentence('53'))).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'inconsistent', expected: '55' })]);
  });

  test('a document’s number keeps its own reading', () => {
    expect(tokenize('Chỉ thị 33-CT/TW').map((t) => t.why)).toEqual([undefined]);
  });
});

describe('a "cộng" after clauses set off by semicolons closes one list per unit', () => {
  // 2.315 + 986 = 3.301 lượt; 21 + 9 = 30 buổi.
  const sentence = (visits: string) => `Năm 2024, Ban tổ chức 21 buổi nói chuyện tại trường học cho 2.315 lượt học sinh; tổ chức 09 buổi tại nhà văn hóa thôn cho 986 lượt người dân; tổng cộng 30 buổi, thu hút ${visits} lượt người tham dự.`;

  test('each clause gives one figure of each unit', () => {
    expect(at('3.301', sentence('3.301'))).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'consistent' })]);
    expect(at('3.031', sentence('3.031'))).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'inconsistent', expected: '3.301' })]);
  });

  test('a share said as reached is of its plan, not of the total closing the clauses', () => {
    // 812,4 / 1.015,5 = 80,0 %: the plan of the year; 812,4 / 1.420,9 = 57,2 % of the two years.
    const text = 'Năm 2023 giải ngân 608,5 tỷ đồng, đạt 75,3% kế hoạch vốn; năm 2024 giải ngân 812,4 tỷ đồng, đạt 80,0%; cộng 02 năm 1.420,9 tỷ đồng.';
    expect(at('80,0%', 'Kế hoạch vốn năm 2024 là 1.015,5 tỷ đồng.', text)).not.toContainEqual(expect.objectContaining({ verdict: 'inconsistent' }));
    expect(at('80,0%', 'Kế hoạch vốn năm 2024 là 1.015,5 tỷ đồng.', text)).toEqual([expect.objectContaining({ kind: 'share', verdict: 'consistent' })]);
  });
});

describe('a list’s shares that miss 100 % by one share found wrong are one slip', () => {
  // 612/1.450 = 42,21 %, 538/1.450 = 37,10 %, 300/1.450 = 20,69 %: 42,71 % makes the list 100,50 %.
  const sentence = (first: string) => `Tổng số 1.450 hộ, trong đó hộ khá 612 hộ, chiếm ${first}; hộ trung bình 538 hộ, chiếm 37,10%; hộ cận nghèo 300 hộ, chiếm 20,69%.`;

  test('the share is found wrong and says what it does to the total; the total is not found wrong again', () => {
    const found = claims(sentence('42,71%')).filter((c) => c.verdict === 'inconsistent');
    expect(found).toEqual([expect.objectContaining({ kind: 'share', stated: '42,71%', expected: '42,21%' })]);
    expect(found[0].message).toContain('100,50%');
  });

  test('a total two shares miss is still found', () => {
    const found = claims(sentence('42,71%').replace('37,10%', '37,19%')).filter((c) => c.verdict === 'inconsistent');
    expect(found.map((c) => c.kind).sort()).toEqual(['share', 'share', 'sum']);
  });
});

describe('a fraction’s whole against the count its own paragraph states', () => {
  // The paragraph counts its items twice (all of them, and a kind of them): only the count of all of them is the whole.
  const sentence = (fraction: string) => `Kế hoạch sửa chữa năm 2024 gồm 07 công trình, tổng mức 9,6 tỷ đồng; đã hoàn thành ${fraction} công trình, 02 công trình chuyển tiếp sang năm 2025.`;

  test('a whole a keystroke from that count is the slip', () => {
    expect(claims(sentence('05/08')).filter((c) => c.kind === 'fraction')).toEqual([expect.objectContaining({ verdict: 'inconsistent', stated: '8', expected: '7' })]);
    expect(claims(sentence('05/07')).filter((c) => c.kind === 'fraction' && c.verdict === 'inconsistent')).toEqual([]);
  });

  test('a whole far from it, or a fraction of a kind of them, is left alone', () => {
    expect(claims(sentence('05/12')).filter((c) => c.kind === 'fraction' && c.verdict === 'inconsistent')).toEqual([]);
    expect(claims(sentence('05/08').replace('05/08 công trình', '05/08 công trình thủy lợi')).filter((c) => c.kind === 'fraction' && c.verdict === 'inconsistent')).toEqual([]);
  });

  test('targets a resolution sets are what its fraction of targets counts', () => {
    const text = (fraction: string) => `Nghị quyết Đại hội đề ra 12 chỉ tiêu, đến nay đã đạt và vượt ${fraction} chỉ tiêu.`;
    expect(claims(text('10/13')).filter((c) => c.kind === 'fraction')).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '12' })]);
  });
});

describe('a change of a rate with the rate compared with beside it', () => {
  test('the earlier rate in a parenthesis naming only "năm trước"', () => {
    // 6,3 − 5,8 = 0,5 points.
    expect(at('0,8%', 'Tỷ lệ hư hỏng, thất thoát 5,8%, giảm 0,8% (năm trước 6,3%).')).toEqual([expect.objectContaining({ kind: 'points', verdict: 'inconsistent', expected: '0,5%' })]);
    expect(at('0,5%', 'Tỷ lệ hư hỏng, thất thoát 5,8%, giảm 0,5% (năm trước 6,3%).')).toEqual([expect.objectContaining({ kind: 'points', verdict: 'consistent' })]);
  });

  test('the end of a year compared with', () => {
    // 93,40 − 91,85 = 1,55 points.
    expect(at('1,45%', 'Tỷ lệ thu nợ đúng hạn đạt 93,40%, tăng 1,45% so với cuối năm 2024 (91,85%).')).toEqual([expect.objectContaining({ kind: 'points', verdict: 'inconsistent', expected: '1,55%' })]);
  });
});

describe('a target is no result written again', () => {
  const results = 'I. KẾT QUẢ NĂM 2024';

  test('an item of a list of targets is not held against a result', () => {
    const note: Paragraph = { location: 'footnote 1', paragraph: 1, text: 'Chỉ tiêu năm 2024 theo Nghị quyết số 01/NQ-ĐHĐCĐ: doanh thu 248 tỷ đồng; cổ tức 10%; đầu tư 68 xe.' };
    expect(scanParagraphs([...body('I. KẾT QUẢ 9 THÁNG NĂM 2024', 'Trong 9 tháng đầu tư mới 48 xe, thanh lý 14 xe hết niên hạn.'), note]).claims.filter((c) => c.kind === 'cross')).toEqual([]);
  });

  test('a list of the next year’s targets is not held against this year’s', () => {
    const note: Paragraph = { location: 'footnote 1', paragraph: 1, text: 'Chỉ tiêu năm 2024 theo Nghị quyết: clinker 1.650.000 tấn; doanh thu 2.300 tỷ đồng.' };
    const plan = body(results, 'Năm 2024, Công ty sản xuất 1.712.450 tấn clinker.', 'II. KẾ HOẠCH NĂM 2025', 'Chỉ tiêu chủ yếu: clinker 1.750.000 tấn; doanh thu 2.350 tỷ đồng.');
    expect(scanParagraphs([...plan, note]).claims.filter((c) => c.kind === 'cross')).toEqual([]);
  });

  test('a result restated as a target list’s baseline is still held', () => {
    const text = body('Phần thứ nhất', 'Đến 30/6/2026, toàn huyện có 21.486 hội viên.', 'Phần thứ hai', 'Chỉ tiêu chủ yếu: phấn đấu đến năm 2031 phát triển thêm ít nhất 1.200 hội viên, từ 21.468 hội viên (đến 30/6/2026).');
    expect(scanParagraphs(text).claims.filter((c) => c.kind === 'cross')).toEqual([expect.objectContaining({ verdict: 'inconsistent' })]);
  });
});

describe('the period a comparison names against the one before the claim’s', () => {
  const title = (period: string) => ['BÁO CÁO', `Kết quả sản xuất kinh doanh ${period}`];
  const termLabels = (...texts: string[]) => claims(...texts).filter((c) => c.kind === 'term-label');

  test('a part of a year its parenthesis calls "cùng kỳ" is of the year before the report’s', () => {
    const text = (year: string) => `Doanh thu 9 tháng đạt 186,42 tỷ đồng, tăng 10,77% so với 9 tháng năm ${year} (cùng kỳ: 168,30 tỷ đồng).`;
    expect(termLabels(...title('9 tháng đầu năm 2024'), text('2022'))).toEqual([expect.objectContaining({ verdict: 'inconsistent', stated: 'cùng kỳ năm 2022', expected: 'cùng kỳ năm 2023' })]);
    expect(termLabels(...title('9 tháng đầu năm 2024'), text('2023'))).toEqual([]);
  });

  test('an average that names what is counted is no base compared with', () => {
    // The value labelled 2023 is the one the change is of: 11,82 / 11,25 = +5,07 %.
    const text = (year: string) => `Thu nhập bình quân 11,82 triệu đồng/người/tháng (năm 2023: 11,25 triệu đồng), tăng 5,07% so với năm ${year}.`;
    expect(termLabels(...title('năm 2024'), text('2022'))).toEqual([expect.objectContaining({ verdict: 'inconsistent', stated: 'năm 2022', expected: 'năm 2023' })]);
    expect(termLabels(...title('năm 2024'), text('2023')).filter((c) => c.verdict !== 'consistent')).toEqual([]);
  });
});

describe('a crop year and a season over two years follow the one before them as a term does', () => {
  const termLabels = (text: string) => claims(text).filter((c) => c.kind === 'term-label');

  test('a crop year compared with two crop years back is the wrong one', () => {
    const text = (named: string) => `Sản lượng cà phê nhân niên vụ 2023 - 2024 đạt 7.846,2 tấn, tăng 433,4 tấn so với niên vụ ${named} (7.412,8 tấn).`;
    expect(termLabels(text('2021 - 2022'))).toEqual([expect.objectContaining({ verdict: 'inconsistent', stated: '2021 - 2022', expected: '2022 - 2023' })]);
    expect(termLabels(text('2022 - 2023')).filter((c) => c.verdict !== 'consistent')).toEqual([]);
  });

  test('so is a season', () => {
    const text = 'Vụ Đông Xuân 2024 - 2025, Công ty liên kết 3.460 ha, tăng 520 ha so với vụ Đông Xuân 2022 - 2023 (2.940 ha).';
    expect(termLabels(text)).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '2023 - 2024' })]);
  });
});

describe('a rate, the earlier one labelled by its year, then the change between them', () => {
  // 81,20 − 76,45 = 4,75 points.
  const points = (text: string) => claims(text).filter((c) => c.kind === 'points');

  test('the change is of the two rates it follows', () => {
    expect(points('Có 203/250 tổ hợp tác đạt loại khá (81,20%), năm 2023 là 185/242 tổ (76,45%), tăng 4,57 điểm phần trăm.')).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '4,75%' })]);
    expect(points('Tỷ lệ tổ hợp tác đạt loại khá 81,20% (năm 2023: 76,45%), tăng 4,75 điểm phần trăm.')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
  });

  test('a series of years labelled each is not read so', () => {
    expect(points('Tỷ lệ tổ hợp tác đạt loại khá năm 2023 là 76,45%, năm 2024 là 81,20%, tăng 4,75 điểm phần trăm.').filter((c) => c.verdict === 'inconsistent')).toEqual([]);
  });
});

describe('values and their shares written as two lists paired in order', () => {
  // 312 + 208 + 80 = 600: 52,00 %, 34,67 %, 13,33 %.
  const list = (shares: string) => `Chia theo nguồn, vốn tự có, vốn vay và vốn khác lần lượt là 312; 208 và 80 tỷ đồng, chiếm tương ứng ${shares} tổng vốn.`;
  const shares = (...texts: string[]) => claims(...texts).filter((c) => c.kind === 'share');

  test('each share is of the whole the values make up, where the report states it', () => {
    expect(shares('Tổng vốn đầu tư năm 2024 là 600 tỷ đồng.', list('52,00%, 34,76% và 13,33%')).map((c) => [c.stated, c.verdict])).toEqual([
      ['52,00%', 'consistent'],
      ['34,76%', 'inconsistent'],
      ['13,33%', 'consistent'],
    ]);
  });

  test('with no whole stated, nothing is read', () => {
    expect(shares(list('52,00%, 34,76% và 13,33%')).filter((c) => c.verdict === 'inconsistent')).toEqual([]);
  });
});

describe('the body the report speaks for names nothing of what is counted', () => {
  test('a figure restated with the body as its subject is the same quantity', () => {
    const body1 = 'Sản lượng cà phê nhân thu hoạch niên vụ 2023 - 2024 đạt 7.846,2 tấn, bằng 98,08% kế hoạch.';
    const summary = (value: string) => `Niên vụ 2023 - 2024 Công ty đạt sản lượng ${value} tấn, doanh thu 612,84 tỷ đồng.`;
    expect(claims(body1, summary('7.864,2')).filter((c) => c.kind === 'cross')).toEqual([expect.objectContaining({ verdict: 'inconsistent', stated: '7.864,2', expected: '7.846,2' })]);
    expect(claims(body1, summary('7.846,2')).filter((c) => c.kind === 'cross' && c.verdict === 'inconsistent')).toEqual([]);
  });
});

describe('a total that leaves out one of its parts exactly', () => {
  test('is that slip, even where the parts might overlap', () => {
    // 1.204 + 868 + 517 + 265 = 2.854; written 2.589, the sum without the last band.
    const text = (total: string) => `Hội phối hợp chúc thọ, mừng thọ ${total} hội viên (70 tuổi: 1.204; 75 tuổi: 868; 80 tuổi: 517; từ 85 tuổi trở lên: 265).`;
    expect(at('2.589', text('2.589'))).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'inconsistent', expected: '2.854' })]);
    expect(at('2.854', text('2.854'))).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'consistent' })]);
  });
});

describe('a digit with a capital glued after it, or a vehicle’s seats, names a class', () => {
  test('it is no figure', () => {
    expect(tokenize('(4C 1.246,8 ha; xe 7 chỗ 148 xe)').map((t) => [t.text, t.why])).toEqual([
      ['4', 'code'],
      ['1.246,8', undefined],
      ['7', 'code'],
      ['148', undefined],
    ]);
    expect(tokenize('có 3 Phó Giám đốc').map((t) => t.kind)).toEqual(['count']);
    // A document's number keeps its own reading.
    expect(tokenize('thực hiện 12A/QĐ-UBND').map((t) => [t.kind, t.why])).toEqual([['other', undefined]]);
  });

  test('a list naming such classes is read', () => {
    // 214 + 148 + 24 = 386.
    expect(at('386', 'Công ty quản lý 386 xe, chia ra: xe 4 chỗ 214 xe, xe 7 chỗ 148 xe, xe điện 24 xe.')).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'consistent' })]);
  });
});
