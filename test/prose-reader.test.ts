// The claim reader's parts, one by one: periods, noun phrases, relations.
import { Paragraph, scanParagraphs } from '../src/core';
import { ownTerm, termsBefore, termsIn } from '../src/core/prose/periods';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const claims = (...texts: string[]) => scanParagraphs(body(...texts)).claims;

describe('periods', () => {
  test('a term after "so với" is compared against, not the sentence\'s own', () => {
    const text = 'Nhiệm kỳ 2026 - 2031 quy hoạch 41 đồng chí (tăng 03 đồng chí so với nhiệm kỳ 2021 - 2026)';
    expect(termsIn(text).map((t) => [t.label, t.compared])).toEqual([['2026 - 2031', false], ['2021 - 2026', true]]);
    expect(ownTerm(text, text.indexOf('so với'))).toMatchObject({ term: { label: '2026 - 2031' }, where: 'sentence' });
  });
  test('the term before: a party term shares its boundary year, a plan period does not', () => {
    expect(termsBefore({ start: 2020, end: 2025 })).toEqual(['2015 - 2020', '2014 - 2019']);
    expect(termsBefore({ start: 2021, end: 2025 })).toContain('2016 - 2020');
  });
  test('a comparison is read against its own sentence\'s term, not the report\'s', () => {
    const report = 'Báo cáo tổng kết nhiệm kỳ 2020 - 2025 (nhiệm kỳ 2020 - 2025).';
    const ok = claims(report, 'Nhiệm kỳ 2026 - 2031 quy hoạch 41 đồng chí (tăng 03 đồng chí so với nhiệm kỳ 2021 - 2026).');
    expect(ok.find((c) => c.kind === 'term-label')).toMatchObject({ verdict: 'consistent' });
    const bad = claims(report, 'Quy hoạch nhiệm kỳ 2025 - 2030 là 58 đồng chí, tăng 06 đồng chí so với quy hoạch nhiệm kỳ 2015 - 2020.');
    const c = bad.find((x) => x.kind === 'term-label')!;
    expect(c).toMatchObject({ verdict: 'inconsistent', stated: '2015 - 2020', expected: '2020 - 2025' });
    expect(c.message).toContain('câu nói về 2025 - 2030');
    // The quote holds the term as written, without spaces around its dash too.
    const tight = claims(report, 'Quy hoạch nhiệm kỳ 2025-2030 là 58 đồng chí, tăng 06 đồng chí so với nhiệm kỳ 2015-2020, bảo đảm cơ cấu.').find((x) => x.kind === 'term-label')!;
    expect(tight.quote.endsWith('so với nhiệm kỳ 2015-2020')).toBe(true);
  });
  test('with no term in its paragraph, a mismatch with the report\'s term is only ambiguous when it comes before another term the report speaks of', () => {
    const c = claims('Báo cáo nhiệm kỳ 2020 - 2025.', 'Tổng kết nhiệm kỳ 2020 - 2025.', 'Hội đồng nhân dân nhiệm kỳ 2021 - 2026.', 'Số đại biểu tăng 04 đồng chí so với nhiệm kỳ 2016 - 2021.').find((x) => x.kind === 'term-label');
    expect(c).toMatchObject({ verdict: 'ambiguous' });
    // A term before none the report names (2010 - 2015 here) is wrong whichever own term was meant.
    const d = claims('Báo cáo nhiệm kỳ 2020 - 2025.', 'Tổng kết nhiệm kỳ 2020 - 2025.', 'Số cán bộ tăng 14 đồng chí so với nhiệm kỳ 2010 - 2015.').find((x) => x.kind === 'term-label');
    expect(d).toMatchObject({ verdict: 'inconsistent' });
  });
});

describe('ratios (so sánh): current / previous × 100, never a share', () => {
  const ratio = (text: string) => claims(text).find((c) => c.kind === 'ratio');
  test.each([
    ['Đảng viên tăng từ 36.318 lên 38.207 (tăng 1.889 đảng viên), bằng 105,2% so với đầu nhiệm kỳ.', 'consistent', '105,2%'],
    ['Nhiệm kỳ 2020 - 2025 kết nạp 6.214 đảng viên, bằng 111,6% so với nhiệm kỳ 2015 - 2020 (5.568 đảng viên).', 'consistent', '111,6%'],
    ['Năm 2024 kết nạp 187 đảng viên, đạt 103,89% chỉ tiêu (180 đảng viên) và bằng 108,1% so với năm 2023 (173 đảng viên).', 'consistent', '103,89%'],
    ['Đảng viên là chủ doanh nghiệp tư nhân: 64 (năm 2022: 52), tăng 12, bằng 123,1%.', 'consistent', '123,1%'],
    ['Số lượt bồi dưỡng năm 2024 là 2.130, bằng 121,3% so với năm 2023 (1.897 lượt).', 'inconsistent', '112,3%'],
  ])('%s', (text, verdict, expected) => {
    expect(ratio(text)).toMatchObject({ verdict, expected });
  });
  test('only the change written: the current value is the previous one moved by it', () => {
    const c = ratio('So với năm 2023 (153 đảng viên), số kết nạp năm 2024 tăng 15 đảng viên, bằng 110,8%.')!;
    expect(c).toMatchObject({ verdict: 'inconsistent', expected: '109,8%' });
    expect(c.message).toContain('168 (= 153 + 15)/153');
  });
  test('the sentence\'s own total, not a figure inside a parenthesis of its breakdown', () => {
    const c = ratio('Toàn tỉnh mở 38 lớp với 2.846 học viên, gồm: 04 lớp cao cấp (182 học viên), 12 lớp sơ cấp (1.190 học viên); đạt 106,1% kế hoạch giai đoạn (2.800 học viên).');
    expect(c).toMatchObject({ verdict: 'inconsistent', expected: '101,6%' });
  });
  test('a percentage above 100 with no base in its sentence says nothing', () => {
    expect(claims('Đảng bộ có 3.000 đảng viên.', 'Năm 2024 kết nạp 187 đảng viên, đạt 103,89%.')).toEqual([]);
  });
});

describe('breakdowns: a part joins a total only in its noun phrase and its unit', () => {
  const wrong = (text: string) => claims(text).filter((c) => c.verdict === 'inconsistent');
  test('a semicolon ends a "trong đó" list; the next noun is not a part', () => {
    const c = claims('Có 214 chi bộ trực thuộc, trong đó 96 chi bộ ấp, 118 chi bộ ngành; 58 tổ đảng; với tổng số 3.612 đảng viên.');
    expect(c.filter((x) => x.kind === 'sum' || x.kind === 'subset')).toHaveLength(1);
    expect(c.find((x) => x.kind === 'sum' || x.kind === 'subset')).toMatchObject({ verdict: 'consistent', stated: '214' });
  });
  test('a decree and its date are never figures of a breakdown', () => {
    expect(wrong('Tổng số được cử đi học là 98 người, gồm: theo Quyết định số 125/QĐ-UBND ngày 12/3/2019: 46 người; theo Quyết định số 130-QĐ/TU ngày 02/4/2019: 52 người.')).toEqual([]);
  });
  test('"xã, thị trấn" continues its item; parts of one kind of organization sum to the total', () => {
    expect(claims('Đảng bộ có 36 tổ chức cơ sở đảng, gồm 05 đảng bộ ngành huyện, 09 đảng bộ xã, thị trấn và 22 chi bộ cơ sở; có 214 chi bộ.')[0]).toMatchObject({ kind: 'sum', verdict: 'consistent', expected: '36' });
  });
  test('attributes overlap: each part at most the total, never summed', () => {
    expect(claims('Lớp có 45 học viên (trong đó nữ 20, trẻ 17, dân tộc 03).')[0]).toMatchObject({ kind: 'subset', verdict: 'consistent' });
    expect(claims('với tổng số 3.612 đảng viên (41 đảng viên dự bị, 1.187 đảng viên nữ).')[0]).toMatchObject({ kind: 'subset', verdict: 'consistent' });
    expect(wrong('kiểm tra 412 đảng viên, trong đó 173 cấp ủy viên, 96 người đứng đầu, 151 đảng viên khác.')).toEqual([]);
  });
  test('two units in one list: classes with classes, students with students', () => {
    const c = claims('Toàn tỉnh mở 38 lớp với 2.846 học viên, gồm: 04 lớp cao cấp (182 học viên), 22 lớp trung cấp (1.474 học viên), 12 lớp sơ cấp (1.190 học viên).');
    expect(c.filter((x) => x.kind === 'sum').map((x) => [x.stated, x.verdict])).toEqual([['38', 'consistent'], ['2.846', 'consistent']]);
  });
  test('a parenthesis in another unit is a parallel measure, not a part', () => {
    expect(claims('Năm 2023 mở 05 lớp (352 học viên).')).toEqual([]);
  });
  test('"xuất sắc" is counted inside "tốt trở lên"', () => {
    expect(wrong('Có 238 chi bộ được đánh giá, trong đó hoàn thành tốt nhiệm vụ trở lên 214 chi bộ, hoàn thành xuất sắc nhiệm vụ 43 chi bộ.')).toEqual([]);
  });
  test('named units count one each, said only when that reading makes the total', () => {
    expect(claims('Đảng bộ tỉnh có 13 đảng bộ trực thuộc (07 huyện, 01 thị xã, 02 thành phố, Đảng bộ Khối các cơ quan tỉnh, Đảng bộ Công an tỉnh, Đảng bộ Quân sự tỉnh).')[0]).toMatchObject({ kind: 'sum', verdict: 'consistent' });
    expect(claims('11 đảng bộ trực thuộc (05 huyện, 01 thị xã, 02 thành phố, Đảng bộ Công an tỉnh)')).toEqual([]);
  });
  test('"(cộng 29 đồng chí)" closes the list before it; it opens no breakdown', () => {
    expect(wrong('Ủy ban Kiểm tra thi hành kỷ luật 22 đồng chí, ủy ban kiểm tra cơ sở 07 đồng chí (cộng 29 đồng chí).')).toEqual([]);
  });
});

describe('shares: the noun phrase may run on before its percentage', () => {
  test.each([
    ['Năm 2024 có 3.561/3.598 đảng viên tham gia, đạt tỷ lệ 98,79%.', 'inconsistent', '98,97%'],
    ['Toàn tỉnh có 412/602 ấp, khu phố có tổ đảng, đạt 64,48%.', 'inconsistent', '68,44%'],
    ['Tỷ lệ chi bộ ấp có bí thư đồng thời là trưởng ấp đạt 63,31% (322/525).', 'inconsistent', '61,33%'],
    ['Năm 2024, trong 512 tổ chức được đánh giá, có 98 tổ chức hoàn thành xuất sắc nhiệm vụ (19,14%), 371 tổ chức hoàn thành tốt nhiệm vụ (72,46%).', 'consistent', '19,14%'],
  ])('%s', (text, verdict, expected) => {
    expect(claims(text).find((c) => c.kind === 'share')).toMatchObject({ verdict, expected });
  });
});

describe('the base of a share: the total its list hangs from', () => {
  const share = (...texts: string[]) => claims(...texts).filter((c) => c.kind === 'share');
  test('"trong đó" after a comparison: the sentence\'s own total, not the previous term\'s', () => {
    const [c] = share('Nhiệm kỳ 2026 - 2031 quy hoạch 41 đồng chí (tăng 03 đồng chí so với nhiệm kỳ 2021 - 2026), trong đó nữ 11 đồng chí, chiếm 28,95%; dưới 35 tuổi 08 đồng chí, chiếm 19,51%.');
    expect(c).toMatchObject({ verdict: 'inconsistent', base: '41', expected: '26,83%' });
  });
  test('a sentence opening "Trong đó" hangs from the sentence before', () => {
    const c = share('Đảng bộ có 3.612 đảng viên, tăng 190 đảng viên so với đầu nhiệm kỳ (3.422 đảng viên), bằng 105,55%. Trong đó đảng viên nữ 1.187 đồng chí, chiếm 32,86%; đảng viên dự bị 41 đồng chí, chiếm 1,20%.');
    expect(c.map((x) => [x.verdict, x.base])).toEqual([['consistent', '3.612'], ['inconsistent', '3.612']]);
  });
  test('a share with no base in its sentence or list is left ambiguous, never wrong', () => {
    const c = share('Toàn Đảng bộ có 4.000 đảng viên.', 'Đảng viên dự bị đủ điều kiện được chuyển chính thức 158 đồng chí, đạt 98,14%.');
    expect(c.every((x) => x.verdict === 'ambiguous' || x.verdict === 'consistent')).toBe(true);
  });
  test('the nearest larger figure of the same unit in the sentence', () => {
    const c = share('Kiểm tra 96 tổ chức đảng và 412 đảng viên; kết luận 71 tổ chức đảng có vi phạm, chiếm 73,95%; 338 đảng viên có vi phạm, chiếm tỷ lệ 80,24%.');
    expect(c.map((x) => [x.verdict, x.base])).toEqual([['rounding', '96'], ['inconsistent', '412']]);
  });
});

describe('differences against a named year', () => {
  const diff = (text: string) => claims(text).filter((c) => c.kind === 'difference');
  test('the previous value in parentheses after "so với"', () => {
    expect(diff('Năm 2024 kiểm tra 24 tổ chức đảng, tăng 05 tổ chức so với năm 2023 (19 tổ chức) và 87 đảng viên, giảm 21 đảng viên so với năm 2023 (99 đảng viên).').map((c) => [c.verdict, c.expected])).toEqual([
      ['consistent', '5'],
      ['inconsistent', '12'],
    ]);
  });
  test('the figure the named year governs earlier in the paragraph, in the same unit', () => {
    const [c] = diff('Năm 2021 mở 04 lớp (296 học viên), năm 2022 mở 05 lớp (361 học viên, tăng 56 học viên so với năm 2021).');
    expect(c).toMatchObject({ verdict: 'inconsistent', expected: '65' });
    expect(c.quote).toContain('so với năm 2021');
  });
});

describe('more readings of a whole', () => {
  test('a category and its negation cover the whole', () => {
    expect(claims('Tiếp nhận 124 đơn tố cáo, trong đó thuộc thẩm quyền 87 đơn, không thuộc thẩm quyền 55 đơn.')[0]).toMatchObject({ kind: 'sum', verdict: 'inconsistent', expected: '142' });
  });
  test('the whole of a fraction opens the list after it', () => {
    const c = claims('- Đảng viên hoàn thành tốt nhiệm vụ trở lên: 34.452/37.218, đạt 92,56%; không hoàn thành nhiệm vụ 281 đồng chí, chiếm 0,67%.');
    expect(c.find((x) => x.kind === 'share' && x.stated === '0,67%')).toMatchObject({ verdict: 'inconsistent', base: '37.218', expected: '0,76%' });
  });
});

describe('the same quantity written twice', () => {
  const cross = (...texts: string[]) => claims(...texts).filter((c) => c.kind === 'cross');
  test('a footnote restating a body figure with two digits swapped; the confirmed mention stands', () => {
    const c = cross(
      'Đến 31/3/2025, Đảng bộ huyện có 3.612 đảng viên, tăng 190 đảng viên so với đầu nhiệm kỳ (3.422 đảng viên), bằng 105,55%.',
      'Đến 31/3/2025, tổng số đảng viên toàn Đảng bộ huyện là 3.621 đồng chí.',
    );
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ paragraph: 2, stated: '3.621', expected: '3.612', verdict: 'inconsistent' });
  });
  test('another qualifier, another noun after the figure, or another year is another quantity', () => {
    expect(cross('Đảng viên khối cơ quan 3.954.', 'Đảng viên khối doanh nghiệp 3.945.')).toEqual([]);
    expect(cross('Kiểm tra dấu hiệu vi phạm 22 tổ chức cơ sở đảng.', 'Kiểm tra dấu hiệu vi phạm 12 tổ chức đảng có vi phạm.')).toEqual([]);
    expect(cross('Năm 2023 toàn tỉnh kết nạp 1.247 đảng viên.', 'Năm 2024 toàn tỉnh kết nạp 1.274 đảng viên.')).toEqual([]);
  });
  test('values far apart are two quantities, not a slip', () => {
    expect(cross('Năm 2023 toàn tỉnh kết nạp 1.247 đảng viên.', 'Kết nạp năm 2023: 1.580 đảng viên.')).toEqual([]);
  });
});

describe('a closing "cộng"', () => {
  test('sums the figures of its unit before it, one list per unit', () => {
    const c = claims('Năm 2021 mở 04 lớp (296 học viên), năm 2022 mở 05 lớp (361 học viên, tăng 65 học viên so với năm 2021), năm 2023 mở 05 lớp (352 học viên); cộng 14 lớp, 1.036 học viên.').filter((x) => x.kind === 'sum');
    expect(c.map((x) => [x.stated, x.verdict])).toEqual([['14', 'consistent'], ['1.036', 'inconsistent']]);
    expect(c[1].expected).toBe('1.009');
  });
  test('"(cộng 29 đồng chí)" after its items', () => {
    expect(claims('Ủy ban Kiểm tra thi hành kỷ luật 22 đồng chí, ủy ban kiểm tra cơ sở 07 đồng chí (cộng 29 đồng chí).')[0]).toMatchObject({ kind: 'sum', verdict: 'consistent' });
  });
  test('"tổng cộng" inside a clause totals that clause\'s own noun', () => {
    expect(claims('Ủy ban Kiểm tra thi hành kỷ luật 22 đồng chí, ủy ban kiểm tra cơ sở 7 đồng chí, đình chỉ sinh hoạt đảng tổng cộng 05 đồng chí.')).toEqual([]);
  });
});

describe('differences against a named term', () => {
  test('the previous term\'s figure in parentheses, or where that term is named before', () => {
    const diff = (text: string) => claims(text).find((c) => c.kind === 'difference');
    expect(diff('Số cán bộ nhiệm kỳ 2020 - 2025 là 386 đồng chí, tăng 41 đồng chí so với nhiệm kỳ 2015 - 2020 (372 đồng chí).')).toMatchObject({ verdict: 'inconsistent', expected: '14' });
    expect(diff('Nhiệm kỳ 2021 - 2026 quy hoạch 38 đồng chí. Nhiệm kỳ 2026 - 2031 quy hoạch 41 đồng chí (tăng 03 đồng chí so với nhiệm kỳ 2021 - 2026).')).toMatchObject({ verdict: 'consistent', expected: '3' });
  });
});

test('a restated figure with no unit is one quantity only through a long enough phrase', () => {
  const c = claims('Đảng viên khối cơ quan 3.954 (trong đó nữ 1.702), đảng viên khối doanh nghiệp 1.282; tổng 5.236 (gồm 3.954 khối cơ quan, 1.282 khối doanh nghiệp).', 'Đến 30/11/2024: đảng viên khối doanh nghiệp 1.282, khối cơ quan 3.945.').filter((x) => x.kind === 'cross');
  expect(c.map((x) => [x.paragraph, x.stated, x.expected])).toEqual([[2, '3.945', '3.954']]);
  expect(claims('Khối cơ quan 3.954.', 'Khối cơ quan 3.945.').filter((x) => x.kind === 'cross')).toEqual([]);
});
