// Claim forms the reader learned to read, one block each. Sentences written for these tests.
import { Paragraph, scanParagraphs } from '../src/core';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const claims = (...texts: string[]) => scanParagraphs(body(...texts)).claims;

describe('a share in a parenthesis that opens with its verb', () => {
  test('"(chiếm …)", "(tỷ lệ …)", "(đạt …)" after each part of the list', () => {
    const c = claims('Quy hoạch Ban Chấp hành nhiệm kỳ 2025 - 2030 có 64 đồng chí, trong đó nữ 17 đồng chí (chiếm 26,56%), dưới 45 tuổi 23 đồng chí (tỷ lệ 35,94%), dân tộc thiểu số 09 đồng chí (đạt 14,60%).');
    const shares = c.filter((x) => x.kind === 'share');
    expect(shares.map((x) => [x.stated, x.verdict])).toEqual([['26,56%', 'consistent'], ['35,94%', 'consistent'], ['14,60%', 'inconsistent']]);
    expect(shares[2].expected).toBe('14,06%');
  });
});

describe('a noun phrase that runs on past a comma before its share', () => {
  test('"… hộ có nhà ở kiên cố, bán kiên cố, chiếm …" is a share of the households the sentence counts', () => {
    const c = claims('Đến cuối năm 2024, 2.870/3.012 hộ dùng nước sạch, đạt 95,29%; 2.604 hộ có nhà ở kiên cố, bán kiên cố, chiếm 86,54%.');
    const s = c.filter((x) => x.kind === 'share').find((x) => x.stated === '86,54%');
    // 2.604/3.012 = 86,4542…: 86,45%, not 86,54%.
    expect(s).toMatchObject({ verdict: 'inconsistent', expected: '86,45%' });
  });
  test('a fragment with a figure is another item, not the phrase running on', () => {
    const c = claims('Chi bộ có 38 đảng viên, nữ 12, chiếm 31,58%.');
    expect(c.filter((x) => x.kind === 'share').map((x) => x.verdict)).toEqual(['consistent']);
  });
});

describe('a category\'s share written apart from its count', () => {
  const text = (young: string) => `Trong tổng số 152 lượt cán bộ được điều động có 44 lượt nữ, 19 lượt người dân tộc thiểu số, 31 lượt cán bộ trẻ; cán bộ nữ chiếm 28,95%; người dân tộc thiểu số chiếm 12,50%; cán bộ trẻ chiếm ${young}.`;
  const shares = (t: string) => claims(t).filter((x) => x.kind === 'share');
  test('each share of the one count naming its category, of the total the sentence is within', () => {
    expect(shares(text('20,39%')).map((x) => [x.stated, x.verdict])).toEqual([['28,95%', 'consistent'], ['12,50%', 'consistent'], ['20,39%', 'consistent']]);
    expect(shares(text('20,38%')).find((x) => x.stated === '20,38%')).toMatchObject({ verdict: 'rounding' });
  });
  test('a category two counts could name is left unread', () => {
    expect(shares('Trong tổng số 152 lượt cán bộ có 44 lượt nữ, 31 lượt cán bộ trẻ (12 lượt nữ); cán bộ nữ chiếm 7,89%.')).toEqual([]);
  });
});

describe('a share with the name of its whole and then its fraction', () => {
  test.each([
    ['Đến nay có 62,50% số ấp (05/08 ấp) đạt chuẩn văn minh đô thị.', 'consistent'],
    ['Đến nay có 65,20% số ấp (05/08 ấp) đạt chuẩn văn minh đô thị.', 'inconsistent'],
  ])('%s', (text, verdict) => {
    expect(claims(text).filter((x) => x.kind === 'share').map((x) => x.verdict)).toEqual([verdict]);
  });
});

describe('the same quantity restated in a footnote, named by its act and its noun', () => {
  const doc = (bodyText: string, note: string): Paragraph[] => [
    { location: 'body', paragraph: 1, text: bodyText },
    { location: 'footnote 1', paragraph: 1, text: note },
  ];
  const wrong = (b: string, n: string) => scanParagraphs(doc(b, n)).claims.filter((c) => c.verdict === 'inconsistent').map((c) => c.stated);
  test('"từ đầu nhiệm kỳ đến nay" is the whole term so far, and a term named in another clause is not the figure\'s', () => {
    expect(wrong('Từ đầu nhiệm kỳ đến nay, toàn huyện thực hiện luân chuyển 132 lượt cán bộ.', 'Kế hoạch số 15-KH/HU ngày 02/3/2021 về luân chuyển cán bộ giai đoạn 2021 - 2025; tổng số lượt cán bộ luân chuyển cả nhiệm kỳ là 123 lượt.')).toEqual(['123']);
  });
  test('the bodies that act are not part of what is counted', () => {
    expect(wrong('Trong nhiệm kỳ, cấp ủy và ủy ban kiểm tra các cấp thi hành kỷ luật 356 đảng viên.', 'Theo Biểu số 04: thi hành kỷ luật 365 đảng viên.')).toEqual(['365']);
  });
  test('a different act is a different quantity', () => {
    expect(wrong('Trong nhiệm kỳ, cấp ủy các cấp kiểm tra 356 đảng viên.', 'Theo Biểu số 04: thi hành kỷ luật 365 đảng viên.')).toEqual([]);
  });
});

describe('what a figure counts, when its own words do not say', () => {
  const doc = (bodyText: string, note: string): Paragraph[] => [
    { location: 'body', paragraph: 1, text: bodyText },
    { location: 'footnote 1', paragraph: 1, text: note },
  ];
  const wrong = (b: string, n: string) => scanParagraphs(doc(b, n)).claims.filter((c) => c.verdict === 'inconsistent').map((c) => c.stated);
  test('an item with no unit counts what the other figures of its sentence count', () => {
    expect(wrong('Đến 31/10/2025, trong tổng số 8.214 đảng viên có khối xã, phường 5.102 đảng viên; khối cơ quan 1.947; khối doanh nghiệp 1.165 đảng viên.', 'Số liệu theo khối đến 31/10/2025: khối xã, phường 5.102; khối cơ quan 1.974; khối doanh nghiệp 1.165 đảng viên.')).toEqual(['1.974']);
  });
  test('an item of a series that names only its year is the series\' quantity in that year', () => {
    expect(wrong('Từ năm 2021 đến nay kết nạp 612 đảng viên; trong đó năm 2021 kết nạp 143, năm 2022 là 158, năm 2023 là 151, năm 2024 là 160.', 'Năm 2022 kết nạp 185 đảng viên.')).toEqual(['185']);
  });
  test('a figure after a heading\'s colon is what the heading names', () => {
    expect(wrong('Đến 31/10/2025, tổng số đảng viên là 1.362, tăng 41 đồng chí so với đầu nhiệm kỳ.', 'Số liệu đảng viên tính đến 31/10/2025: 1.326 đồng chí.')).toEqual(['1.326']);
  });
  test('a wrong change blames the change, and a value of it may still be a slip of the same quantity elsewhere', () => {
    const c = scanParagraphs(doc('Kết nạp đảng viên: năm 2022 là 174, năm 2023 là 196; năm 2023 tăng 12 đảng viên so với năm 2022.', 'Năm 2023 kết nạp 169 đảng viên.')).claims.filter((x) => x.verdict === 'inconsistent');
    expect(c.map((x) => [x.kind, x.stated])).toEqual([['difference', '12'], ['cross', '169']]);
  });
});

describe('a compared term, with no term of its own in the paragraph', () => {
  const report = ['BÁO CÁO tổng kết công tác kiểm tra nhiệm kỳ 2020 - 2025.', 'Nhiệm kỳ 2020 - 2025, Ủy ban Kiểm tra đã chủ động tham mưu; so với nhiệm kỳ 2015 - 2020, số cuộc kiểm tra tăng.'];
  const term = (text: string) => claims(...report, text).filter((c) => c.kind === 'term-label').at(-1);
  test('a term that comes before none the report speaks of is wrong whichever was meant', () => {
    expect(term('Đã kiểm tra 412 tổ chức đảng. So với nhiệm kỳ 2010 - 2015, số tổ chức được kiểm tra tăng 57 tổ chức.')).toMatchObject({ verdict: 'inconsistent', stated: '2010 - 2015', expected: '2015 - 2020' });
  });
  test('the term before the report\'s own is right', () => {
    expect(term('Đã kiểm tra 412 tổ chức đảng. So với nhiệm kỳ 2015 - 2020, số tổ chức được kiểm tra tăng 57 tổ chức.')).toMatchObject({ verdict: 'consistent' });
  });
  test('the terms the report compares with do not make it the report\'s own', () => {
    const c = claims('Báo cáo nhiệm kỳ 2020 - 2025.', 'Kết quả nhiệm kỳ 2020 - 2025.', 'Số đơn tăng 12 đơn so với nhiệm kỳ 2015 - 2020.', 'Số vụ giảm 05 vụ so với nhiệm kỳ 2015 - 2020.', 'Số cuộc giám sát tăng 31 cuộc so với nhiệm kỳ 2010 - 2015.').filter((x) => x.kind === 'term-label');
    expect(c.at(-1)).toMatchObject({ verdict: 'inconsistent' });
  });
});

describe('ratios of a target below 100 % and of an earlier value written after a change', () => {
  const ratios = (text: string) => claims(text).filter((c) => c.kind === 'ratio').map((c) => [c.stated, c.verdict]);
  test.each([
    ['Tính chung 04 năm, toàn Đảng bộ kết nạp 388 đảng viên, đạt 77,60% chỉ tiêu cả nhiệm kỳ (500 đảng viên).', [['77,60%', 'consistent']]],
    ['Tính chung 04 năm, toàn Đảng bộ kết nạp 388 đảng viên, đạt 76,70% chỉ tiêu cả nhiệm kỳ (500 đảng viên).', [['76,70%', 'inconsistent']]],
    ['Số cuộc giám sát tăng 46 cuộc (nhiệm kỳ trước là 230), bằng 120%; số đảng viên được giám sát giảm 84 đồng chí (1.050 đảng viên), bằng 92,00% so với nhiệm kỳ trước.', [['120%', 'consistent'], ['92,00%', 'consistent']]],
    ['Số đảng viên được giám sát giảm 84 đồng chí (1.050 đảng viên), bằng 90,20% so với nhiệm kỳ trước.', [['90,20%', 'inconsistent']]],
  ])('%s', (text, expected) => {
    expect(ratios(text)).toEqual(expected);
  });
  test('a target whose value is not written is not the value a later comparison writes', () => {
    expect(ratios('Nhiệm kỳ 2020 - 2025 kết nạp 57 đảng viên, đạt 95% chỉ tiêu, bằng 93,44% so với nhiệm kỳ 2015 - 2020 (61 đảng viên).')).toEqual([['93,44%', 'consistent']]);
  });
});

describe('a sentence that opens on a whole and counts within it', () => {
  const subsets = (text: string) => claims(text).filter((c) => c.kind === 'subset').map((c) => c.verdict);
  test.each([
    ['Trong 18 đảng viên dự bị có nữ 7 đồng chí, đoàn viên thanh niên 12 đồng chí.', ['consistent']],
    ['Trong 18 đảng viên dự bị có nữ 27 đồng chí, đoàn viên thanh niên 12 đồng chí.', ['inconsistent']],
    ['Ủy ban Kiểm tra nhận 52 đơn; trong 52 đơn có 31 đơn đủ điều kiện giải quyết.', ['consistent']],
  ])('%s', (text, verdicts) => {
    expect(subsets(text)).toEqual(verdicts);
  });
  test('a figure of another unit, or a change, is no part of the whole', () => {
    expect(subsets('Trong 18 đảng viên dự bị có 3 chi bộ chưa kết nạp đủ chỉ tiêu.')).toEqual([]);
    expect(subsets('Trong 5 năm, các cấp ủy đã kết nạp 412 đảng viên.')).toEqual([]);
  });
});

describe('shares of every grade of one rating, written without counts', () => {
  const totals = (text: string) => claims(text).filter((c) => c.kind === 'sum').map((c) => c.verdict);
  test.each([
    // "xuất sắc" inside "tốt": 88,20 + 10,60 + 1,20 = 100.
    ['Năm 2023, tỷ lệ đảng viên hoàn thành tốt nhiệm vụ 88,20% (trong đó hoàn thành xuất sắc 14,10%), hoàn thành nhiệm vụ 10,60%, không hoàn thành nhiệm vụ 1,20%.', ['consistent']],
    // beside it: 14,10 + 74,10 + 10,60 + 1,20 = 100.
    ['Năm 2023, đảng viên hoàn thành xuất sắc nhiệm vụ 14,10%, hoàn thành tốt nhiệm vụ 74,10%, hoàn thành nhiệm vụ 10,60%, không hoàn thành nhiệm vụ 1,20%.', ['consistent']],
    // more than 100 % in either reading.
    ['Năm 2023, tỷ lệ đảng viên hoàn thành tốt nhiệm vụ 88,20% (trong đó hoàn thành xuất sắc 14,10%), hoàn thành nhiệm vụ 11,60%, không hoàn thành nhiệm vụ 1,20%.', ['inconsistent']],
    // less than 100 % may leave out those exempted: not said to be wrong.
    ['Năm 2023, tỷ lệ đảng viên hoàn thành tốt nhiệm vụ 88,20% (trong đó hoàn thành xuất sắc 14,10%), hoàn thành nhiệm vụ 9,60%, không hoàn thành nhiệm vụ 1,20%.', ['ambiguous']],
  ])('%s', (text, verdicts) => {
    expect(totals(text)).toEqual(verdicts);
  });
  test('a grade left out says nothing', () => {
    expect(totals('Năm 2023, tỷ lệ đảng viên hoàn thành tốt nhiệm vụ 88,20%, hoàn thành nhiệm vụ 9,60%.')).toEqual([]);
  });
});

describe('from … to … with the value\'s unit and year before the change', () => {
  const diffs = (text: string) => claims(text).filter((c) => c.kind === 'difference').map((c) => [c.stated, c.verdict]);
  test.each([
    ['Thu nhập bình quân đầu người từ 38,4 triệu đồng năm 2020 lên 55,1 triệu đồng năm 2024, tăng 16,7 triệu đồng.', [['16,7', 'consistent']]],
    ['Thu nhập bình quân đầu người từ 38,4 triệu đồng năm 2020 lên 55,1 triệu đồng năm 2024, tăng 17,6 triệu đồng.', [['17,6', 'inconsistent']]],
    ['Số đảng viên nữ từ 38 người năm 2020 lên 45 người năm 2024, tăng 12 chi bộ.', []],
  ])('%s', (text, expected) => {
    expect(diffs(text)).toEqual(expected);
  });
});

describe('parallel changes against parallel values in one parenthesis', () => {
  const diffs = (...texts: string[]) => claims(...texts).filter((c) => c.kind === 'difference').map((c) => [c.stated, c.verdict]);
  const text = 'Ủy ban Kiểm tra giám sát 41 tổ chức đảng và 96 đảng viên, tăng 05 tổ chức đảng và tăng 21 đảng viên so với năm 2024 (36 tổ chức đảng, 85 đảng viên).';
  test('each change against the value of its own unit', () => {
    expect(diffs(text)).toEqual([['21', 'inconsistent']]);
  });
  test('a change at the same place in an earlier paragraph does not hide this one', () => {
    // The earlier paragraph's change "08" stands at the very offset of "21".
    const lead = 'Số đơn tố cáo giảm từ 27 xuống 19 đơn (giảm ';
    const earlier = `${' '.repeat(text.indexOf('21 đảng viên so') - lead.length)}${lead}08 đơn).`;
    expect(diffs(earlier, text)).toEqual([['8', 'consistent'], ['21', 'inconsistent']]);
  });
});

describe('a share whose part is named in words', () => {
  const shares = (...texts: string[]) => claims(...texts).filter((c) => c.kind === 'share').map((c) => [c.stated, c.verdict]);
  test('the part from the list that counts it, the base by its name', () => {
    expect(shares('Năm 2024, đưa ra khỏi Đảng 84 đảng viên (xóa tên 51, khai trừ 9, cho ra khỏi Đảng 24). Số bị xóa tên chiếm 60,71% số đảng viên ra khỏi Đảng.')).toEqual([['60,71%', 'consistent']]);
    expect(shares('Năm 2024, đưa ra khỏi Đảng 84 đảng viên (xóa tên 51, khai trừ 9, cho ra khỏi Đảng 24). Số bị xóa tên chiếm 67,01% số đảng viên ra khỏi Đảng.')).toEqual([['67,01%', 'inconsistent']]);
  });
  test('a figure under another year, or of another noun, is not the part', () => {
    const c = shares(
      'Trong nhiệm kỳ, các cấp thi hành kỷ luật 620 đảng viên. Trong số đảng viên bị kỷ luật có 118 cấp ủy viên.',
      'Theo từng năm: năm 2021 kỷ luật 131 đảng viên, năm 2022 là 120.',
      'Số đảng viên bị kỷ luật chiếm 2,48% tổng số đảng viên toàn Đảng bộ (25.000 đảng viên).',
    );
    expect(c).toEqual([['2,48%', 'consistent']]);
  });
});
