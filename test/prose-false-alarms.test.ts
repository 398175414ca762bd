// Classes of false alarm, one block each: readings a careful clerk would not make. Sentences written for these
// tests, in the style of the drafts.
import { Paragraph, scanParagraphs } from '../src/core';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const claims = (...texts: string[]) => scanParagraphs(body(...texts)).claims;
const wrong = (...texts: string[]) => claims(...texts).filter((c) => c.verdict === 'inconsistent' || c.verdict === 'rounding');

describe('a change followed by the earlier value in parentheses is no breakdown of the change', () => {
  test.each([
    'Các chi bộ đã tổ chức 1.420 cuộc sinh hoạt chuyên đề, tăng 175 cuộc (kỳ trước là 1.245).',
    'Số đảng viên được giám sát giảm 64 đồng chí (nhiệm kỳ trước 912 đồng chí).',
    'Ủy ban Kiểm tra đã giải quyết 57 đơn, tăng 09 đơn (48 đơn).',
    'Số chi bộ đạt trong sạch vững mạnh tăng 12 chi bộ (cùng kỳ năm trước 130 chi bộ).',
  ])('%s', (text) => {
    expect(wrong(text)).toEqual([]);
  });
  test('a change broken down by its named sources is still a total', () => {
    const c = claims('Trong năm tăng 31 đảng viên (kết nạp 22, chuyển đến 07, phục hồi đảng tịch 03).');
    expect(c.find((x) => x.kind === 'sum')).toMatchObject({ verdict: 'inconsistent' });
  });
});

describe('a change said of one year of a series speaks of that year\'s value', () => {
  const diffs = (text: string) => claims(text).filter((c) => c.kind === 'difference');
  test('each change against the years it names, the subject carried into the next clause', () => {
    const c = diffs('Số chi bộ được kiểm tra năm 2022 là 74, năm 2023 là 81, năm 2024 là 77; năm 2023 tăng 07 chi bộ so với năm 2022, tăng 09 chi bộ so với năm 2021.');
    // 2021 has no value in the series: the second change is left unread; the first holds (81 − 74).
    expect(c.map((x) => x.verdict)).toEqual(['consistent']);
  });
  test('a wrong change of a middle year is found against that year, not the last', () => {
    const c = diffs('Kết nạp đảng viên mới: năm 2021 là 142, năm 2022 là 150, năm 2023 là 139 và năm 2024 là 161; năm 2022 tăng 18 đảng viên so với năm 2021.');
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ verdict: 'inconsistent', expected: '8' });
  });
  test('a right change of a middle year is not called wrong', () => {
    expect(wrong('Số đơn thư nhận được năm 2022 là 96, năm 2023 là 88, năm 2024 là 104; riêng năm 2023 giảm 08 đơn so với năm 2022, năm 2024 tăng 16 đơn so với năm 2023.')).toEqual([]);
  });
});

describe('a figure restated at another date is not the body\'s figure mistyped', () => {
  const doc = (note: string): Paragraph[] => [
    { location: 'body', paragraph: 1, text: 'Đảng bộ xã có 18 chi bộ trực thuộc với 1.362 đảng viên.' },
    { location: 'body', paragraph: 2, text: 'Tính đến ngày 30/6/2025, toàn Đảng bộ có 1.362 đảng viên.' },
    { location: 'footnote 1', paragraph: 3, text: note },
  ];
  test('a quick report of another date may differ by any amount', () => {
    const c = scanParagraphs(doc('Theo báo cáo nhanh ngày 31/5/2025, toàn Đảng bộ có 1.326 đảng viên.')).claims;
    expect(c.filter((x) => x.verdict === 'inconsistent')).toEqual([]);
  });
  test('restated at the body\'s own date, a swap of two digits is still found', () => {
    const c = scanParagraphs(doc('Đến ngày 30/6/2025, toàn Đảng bộ có 1.326 đảng viên.')).claims;
    expect(c.filter((x) => x.verdict === 'inconsistent').map((x) => x.stated)).toEqual(['1.326']);
  });
});

describe('the whole a list of grades is a share of', () => {
  test('grades of organizations are shares of organizations, not of the members counted nearer', () => {
    const c = claims(
      'Đảng bộ có 36 tổ chức cơ sở đảng với 2.918 đảng viên.',
      'Năm 2024 kết nạp 96 đảng viên; đến cuối năm toàn Đảng bộ có 2.940 đảng viên.',
      'Đảng viên theo độ tuổi: từ 18 đến 30 tuổi 412 đồng chí, từ 31 đến 40 tuổi 655 đồng chí, từ 41 đến 50 tuổi 701 đồng chí, từ 51 đến 60 tuổi 598 đồng chí, trên 60 tuổi 574 đồng chí; đảng viên nữ 1.021 đồng chí, đảng viên dân tộc thiểu số 87 đồng chí, đảng viên là đoàn viên 356 đồng chí, đảng viên dự bị 148 đồng chí, đảng viên được miễn sinh hoạt 212 đồng chí.',
      'Về tổ chức cơ sở đảng: hoàn thành xuất sắc nhiệm vụ 06 tổ chức, chiếm 16,67%; hoàn thành tốt nhiệm vụ 25 tổ chức, chiếm 69,44%; hoàn thành nhiệm vụ 04 tổ chức, chiếm 11,11%; không hoàn thành nhiệm vụ 01 tổ chức, chiếm 2,78%.',
    );
    expect(c.filter((x) => x.verdict === 'inconsistent' || x.verdict === 'rounding')).toEqual([]);
    expect(c.filter((x) => x.kind === 'share').map((x) => x.verdict)).toEqual(['consistent', 'consistent', 'consistent', 'consistent']);
  });
  test('a list opened by a fraction of those rated is read of those rated when its figures say so', () => {
    const c = claims('Số đảng viên được đánh giá, xếp loại là 1.180/1.236 đồng chí (56 đồng chí được miễn đánh giá); trong đó: hoàn thành xuất sắc nhiệm vụ 177 đồng chí, chiếm 15,00%; hoàn thành tốt nhiệm vụ 861 đồng chí, chiếm 69,66%; hoàn thành nhiệm vụ 130 đồng chí, chiếm 11,02%; không hoàn thành nhiệm vụ 12 đồng chí, chiếm 1,02%.');
    // 177 + 861 + 130 + 12 = 1.180: of those rated. 861/1.180 = 72,97%; 69,66% is 861/1.236, the wrong whole.
    const shares = c.filter((x) => x.kind === 'share');
    expect(shares.map((x) => x.verdict)).toEqual(['consistent', 'inconsistent', 'consistent', 'consistent']);
    expect(shares[1]).toMatchObject({ expected: '72,97%' });
  });
  test('a fraction that is an item of the list, with its own share, still gives its whole', () => {
    const c = claims('Kết quả xếp loại: hoàn thành tốt nhiệm vụ trở lên 1.102/1.180, đạt 93,39%; hoàn thành nhiệm vụ 66 đồng chí, chiếm 5,59%; không hoàn thành nhiệm vụ 12 đồng chí, chiếm 1,12%.');
    const verdicts = Object.fromEntries(c.filter((x) => x.kind === 'share').map((x) => [x.stated, x.verdict]));
    expect(verdicts).toEqual({ '93,39%': 'consistent', '5,59%': 'consistent', '1,12%': 'inconsistent' });
  });
});

describe('a figure restated is one quantity only when the grade and the period agree', () => {
  test('"hoàn thành nhiệm vụ" of members is not "hoàn thành tốt nhiệm vụ" of organizations, nor another year\'s', () => {
    const c = claims(
      'Năm 2022, có 52 tổ chức cơ sở đảng được đánh giá: hoàn thành xuất sắc nhiệm vụ 08, chiếm 15,38%; hoàn thành tốt nhiệm vụ 40, chiếm 76,92%; hoàn thành nhiệm vụ 03, chiếm 5,77%; không hoàn thành nhiệm vụ 01, chiếm 1,92%.',
      'Năm 2024, có 50 tổ chức cơ sở đảng được đánh giá: hoàn thành xuất sắc nhiệm vụ 09, chiếm 18,00%; hoàn thành tốt nhiệm vụ 10, chiếm 20,00%; hoàn thành nhiệm vụ 30, chiếm 60,00%; không hoàn thành nhiệm vụ 01, chiếm 2,00%.',
      '- Năm 2022: được đánh giá 2.410 đồng chí; hoàn thành tốt nhiệm vụ 2.107 đồng chí; hoàn thành nhiệm vụ 401 đồng chí.',
      '- Năm 2023: được đánh giá 2.455 đồng chí; hoàn thành tốt nhiệm vụ 2.180 đồng chí; hoàn thành nhiệm vụ 104 đồng chí.',
    );
    expect(c.filter((x) => x.kind === 'cross')).toEqual([]);
  });
  test('the same grade restated in a footnote with a slip is still reported', () => {
    const c = claims(
      'Năm 2023, số đảng viên hoàn thành xuất sắc nhiệm vụ là 1.245 đồng chí.',
      'Ghi chú: năm 2023, đảng viên hoàn thành xuất sắc nhiệm vụ 1.254 đồng chí.',
    );
    expect(c.filter((x) => x.kind === 'cross' && x.verdict === 'inconsistent').length).toBe(1);
  });
});

describe('days of the year in a list of dates are no fractions', () => {
  test.each([
    'Tổ chức trao Huy hiệu Đảng vào các dịp 03/02, 19/5 và 02/9/2024 cho 215 đảng viên.',
    'Các đợt sinh hoạt chuyên đề ngày 12/3, 26/7, 15/10/2025 có 1.204 đảng viên tham dự.',
  ])('%s', (text) => {
    expect(claims(text).filter((c) => c.kind === 'fraction')).toEqual([]);
  });
  test('a fraction of a whole is still one', () => {
    expect(claims('Có 12/15 chi bộ đạt trong sạch vững mạnh, đạt 80%.').some((c) => c.kind === 'fraction' || c.kind === 'share')).toBe(true);
  });
});

describe('a figure restated is one quantity only when what governs it agrees: the act, the class, the organ', () => {
  test.each([
    // Two acts over coordinated counts: members inspected, members disciplined.
    ['Ủy ban kiểm tra các cấp đã kiểm tra 12 tổ chức đảng và 47 đảng viên.', 'Các cấp ủy đã thi hành kỷ luật 02 tổ chức đảng và 41 đảng viên.'],
    // Two lists headed by two acts, items naming only their years.
    ['Trong 71 lượt bổ nhiệm, năm 2022: 24, năm 2023: 25, năm 2024: 22; năm 2024 giảm 03 lượt so với năm 2023.', 'Luân chuyển theo năm, 38 lượt luân chuyển gồm: năm 2022: 14 lượt, năm 2023: 12 lượt, năm 2024: 12 lượt.'],
    // Two classes named by their codes, each with its own breakdown.
    ['Lớp TC15 mở tại Trung tâm Chính trị huyện với 52 học viên, trong đó nữ 21, dân tộc thiểu số 05.', 'Lớp TC16 mở tại xã Phú Mỹ, 58 học viên, trong đó nữ 27, dân tộc thiểu số 03.'],
    // The planning of two organs of one term, the first named with the organ that approved it.
    ['Ban Thường vụ Huyện ủy phê duyệt quy hoạch Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2025-2030 là 69 đồng chí (Quyết định số 91-QĐ/HU ngày 02/5/2024).', 'Quy hoạch Ban Thường vụ Huyện ủy nhiệm kỳ 2025-2030 là 19 đồng chí, gấp 1,46 lần số ủy viên đương nhiệm (13 đồng chí).'],
  ])('%s / %s', (a, b) => {
    expect(claims(a, b).filter((c) => c.kind === 'cross')).toEqual([]);
  });
  test('the same act restated with a slip is still found', () => {
    const c = claims('Năm 2024, các cấp ủy đã thi hành kỷ luật 02 tổ chức đảng và 41 đảng viên.', 'Trong năm 2024, thi hành kỷ luật 14 đảng viên.').filter((x) => x.kind === 'cross');
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ verdict: 'inconsistent' });
  });
  test('the members of an organization with its cells ("… chi bộ … với N đảng viên") are its members', () => {
    const c = claims('Đảng bộ xã có 17 chi bộ trực thuộc (06 chi bộ ấp, 11 chi bộ cơ quan) với 452 đảng viên.', 'Đến 30/11/2024, tổng số đảng viên là 425 đồng chí.').filter((x) => x.kind === 'cross');
    expect(c).toHaveLength(1);
  });
});

describe('lengths of time and ages that name the items of a list are labels, not parts', () => {
  test('an age band written in words ("từ 40 đến 50 tuổi")', () => {
    const c = claims('Về độ tuổi: tổng số 64 đồng chí, gồm dưới 35 tuổi 17 đồng chí, từ 35 đến 50 tuổi 31 đồng chí, trên 50 tuổi 16 đồng chí.').filter((x) => x.kind === 'sum');
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ verdict: 'consistent' });
  });
  test('badge classes named by their years, each followed by a colon', () => {
    const right = claims('Trao tặng 71 Huy hiệu Đảng cho đảng viên (Huy hiệu 30 năm: 38, 40 năm: 19, 45 năm: 9, 50 năm: 5).').filter((x) => x.kind === 'sum');
    expect(right.map((x) => x.verdict)).toEqual(['consistent']);
    const slip = claims('Trao tặng 71 Huy hiệu Đảng cho đảng viên (Huy hiệu 30 năm: 38, 40 năm: 19, 45 năm: 9, 50 năm: 6).').filter((x) => x.kind === 'sum');
    expect(slip.map((x) => x.verdict)).toEqual(['inconsistent']);
  });
});

describe('shares taken of the right whole when the written total is the slip', () => {
  const text = 'Năm 2024, đánh giá, xếp loại 2.705 đảng viên: hoàn thành xuất sắc nhiệm vụ 402 đồng chí, chiếm 14,62%; hoàn thành tốt nhiệm vụ 2.187 đồng chí, chiếm 79,53%; hoàn thành nhiệm vụ 148 đồng chí, chiếm 5,38%; không hoàn thành nhiệm vụ 13 đồng chí, chiếm 0,47%.';
  test('the shares fit the sum of the grades (2.750): they hold, and the total is the one reported', () => {
    const c = claims(text);
    expect(c.filter((x) => x.kind === 'share').map((x) => x.verdict)).toEqual(['consistent', 'consistent', 'consistent', 'consistent']);
    const wrongOnes = c.filter((x) => x.verdict === 'inconsistent');
    expect(wrongOnes).toHaveLength(1);
    expect(wrongOnes[0]).toMatchObject({ kind: 'sum', fix: expect.objectContaining({ text: '2.705', value: '2.750' }) });
  });
  test('shares that fit neither the total nor the sum of the grades are still wrong', () => {
    const c = claims(text.replace('chiếm 79,53%', 'chiếm 78,53%'));
    expect(c.filter((x) => x.kind === 'share' && x.verdict === 'inconsistent').length).toBeGreaterThan(0);
  });
});

describe('a base named in words counts what the name counts', () => {
  test('"số tổ chức đảng được kiểm tra" is the organizations inspected, not the members inspected beside them', () => {
    const c = claims('Ủy ban kiểm tra các cấp đã kiểm tra khi có dấu hiệu vi phạm 12 tổ chức đảng và 45 đảng viên. Kết luận 09 tổ chức đảng có vi phạm, chiếm 75% số tổ chức đảng được kiểm tra; 36 đảng viên có vi phạm, chiếm 80% số đảng viên được kiểm tra.').filter((x) => x.kind === 'share');
    expect(c.map((x) => x.verdict)).toEqual(['consistent', 'consistent']);
    expect(c[0].message).toContain('tính trên 12');
  });
});

describe('a series in parentheses after words is a series, not values compared with', () => {
  test('"giảm dần qua các năm (năm 2020: 31, …, năm 2024: 18); năm 2024 giảm 13 … so với năm 2020"', () => {
    const text = 'Số chi bộ xếp loại không hoàn thành nhiệm vụ giảm dần qua các năm (năm 2020: 31, năm 2021: 17, năm 2022: 25, năm 2023: 20, năm 2024: 18); năm 2024 giảm 13 chi bộ so với năm 2020.';
    const c = claims(text).filter((x) => x.kind === 'difference');
    expect(c.map((x) => x.verdict)).toEqual(['consistent']);
    expect(claims(text.replace('giảm 13', 'giảm 31')).filter((x) => x.kind === 'difference').map((x) => x.verdict)).toEqual(['inconsistent']);
  });
});

describe('"đảng viên mới" is what "kết nạp … đảng viên" counts', () => {
  test('a restated admission with a slip is found whether or not "mới" is written', () => {
    const c = claims('Đảng bộ đã kết nạp 184 đảng viên.', 'Toàn Đảng bộ kết nạp 148 đảng viên mới, bảo đảm chất lượng.').filter((x) => x.kind === 'cross');
    expect(c).toHaveLength(1);
  });
});

describe('breakdowns a clerk reads as complete, with places named around a comma', () => {
  const sums = (text: string) => claims(text).filter((x) => x.kind === 'sum');
  test('"Phân theo khối: …, trong đó …; …" declares the whole breakdown', () => {
    expect(sums('Phân theo khối: tổng cộng 912,40 triệu đồng, trong đó khối xã, phường 401,15 triệu đồng; khối cơ quan 322,05 triệu đồng; khối doanh nghiệp 189,20 triệu đồng.').map((x) => x.verdict)).toEqual(['consistent']);
    expect(sums('Phân theo khối: tổng cộng 912,40 triệu đồng, trong đó khối xã, phường 401,15 triệu đồng; khối cơ quan 232,05 triệu đồng; khối doanh nghiệp 189,20 triệu đồng.').map((x) => x.verdict)).toEqual(['inconsistent']);
  });
  test('"gồm: khối xã, thị trấn 694 …, khối cơ quan …" keeps "xã, thị trấn" in one item', () => {
    expect(sums('Tổng số 1.287 đảng viên, gồm: khối xã, thị trấn 694 đảng viên, khối cơ quan huyện 411 đảng viên, khối doanh nghiệp 182 đảng viên.').map((x) => x.verdict)).toEqual(['consistent']);
  });
  test('without the declaration, "trong đó" over semicolons is still no full list', () => {
    expect(sums('Tổng thu 912,40 triệu đồng, trong đó khối xã, phường 401,15 triệu đồng; khối cơ quan 232,05 triệu đồng; khối doanh nghiệp 189,20 triệu đồng.').filter((x) => x.verdict === 'inconsistent')).toEqual([]);
  });
});

describe('a budget compared with its estimate', () => {
  test('"bằng 108,4% dự toán tỉnh giao (380,6 tỷ đồng)" is the ratio of the two sums', () => {
    const ratio = (text: string) => claims(text).filter((x) => x.kind === 'ratio').map((x) => x.verdict);
    expect(ratio('Tổng thu ngân sách ước đạt 412,6 tỷ đồng, bằng 108,4% dự toán tỉnh giao (380,6 tỷ đồng).')).toEqual(['consistent']);
    expect(ratio('Tổng thu ngân sách ước đạt 412,6 tỷ đồng, bằng 104,8% dự toán tỉnh giao (380,6 tỷ đồng).')).toEqual(['inconsistent']);
  });
});

describe('the items of a list a heading opens belong to the heading across their semicolons', () => {
  test('a footnote\'s yearly list restating the body with a slip is found', () => {
    const body = 'Trong nhiệm kỳ, kết nạp 104 đảng viên; năm 2021 kết nạp 19, năm 2022 kết nạp 23, năm 2023 kết nạp 20, năm 2024 kết nạp 25, năm 2025 kết nạp 17.';
    const c = scanParagraphs([
      { location: 'body', paragraph: 1, text: body },
      { location: 'footnote 1', paragraph: 2, text: 'Kết nạp đảng viên theo năm: năm 2021: 19; năm 2022: 32; năm 2023: 20; năm 2024: 25; năm 2025: 17.' },
    ]).claims.filter((x) => x.kind === 'cross');
    expect(c).toHaveLength(1);
    expect(c[0].fix).toMatchObject({ text: '32', value: '23' });
  });
});

describe('lists a clerk reads as complete by their words', () => {
  const sums = (text: string) => claims(text).filter((x) => x.kind === 'sum').map((x) => x.verdict);
  test('a place and what lies outside it ("ra ngoài tỉnh …, trong tỉnh …")', () => {
    expect(sums('Giới thiệu chuyển sinh hoạt đảng chính thức 1.203 lượt, trong đó ra ngoài tỉnh 415 lượt, trong tỉnh 788 lượt.')).toEqual(['consistent']);
    expect(sums('Giới thiệu chuyển sinh hoạt đảng chính thức 1.203 lượt, trong đó ra ngoài tỉnh 415 lượt, trong tỉnh 878 lượt.')).toEqual(['inconsistent']);
  });
  test('"Phân theo thẩm quyền, trong 29 trường hợp …, a, b, c" is the whole list; cut by a semicolon it is not', () => {
    expect(sums('Phân theo thẩm quyền, trong 29 trường hợp bị kỷ luật, chi bộ thi hành kỷ luật 13 trường hợp, ủy ban kiểm tra đảng ủy cơ sở 10 trường hợp, Ủy ban Kiểm tra Huyện ủy 08 trường hợp.')).toEqual(['inconsistent']);
    expect(sums('Phân theo thẩm quyền, trong 29 trường hợp bị kỷ luật, chi bộ thi hành kỷ luật 13 trường hợp; ủy ban kiểm tra đảng ủy cơ sở 10 trường hợp; Ủy ban Kiểm tra Huyện ủy 08 trường hợp.').filter((v) => v === 'inconsistent')).toEqual([]);
  });
});

describe('units a clerk tells apart', () => {
  test('"vị" counts persons: a list of positions under "Ban Thường trực 05 vị" adds up', () => {
    expect(claims('Ban Thường trực 05 vị (01 Chủ tịch, 02 Phó Chủ tịch, 02 Ủy viên Thường trực).').filter((x) => x.kind === 'sum').map((x) => x.verdict)).toEqual(['consistent']);
  });
  test('events are not the times persons attended them: "1.146 cuộc … với 48.372 lượt người dự, tăng 96 cuộc"', () => {
    const c = claims('Tổ chức 1.146 cuộc tuyên truyền với 48.372 lượt người dự, tăng 96 cuộc so với năm 2023 (1.050 cuộc).').filter((x) => x.kind === 'difference');
    expect(c.map((x) => x.verdict)).toEqual(['consistent']);
  });
});

describe('a ratio to a target compares the whole, not the last part of its "trong đó" list', () => {
  test('"cử 52 đồng chí đi học, trong đó nữ 15 …; cán bộ diện … 18 đồng chí; đạt 104% kế hoạch (50 chỉ tiêu)"', () => {
    const c = claims('Cao cấp lý luận chính trị: cử 52 đồng chí đi học, trong đó nữ 15 đồng chí, chiếm 28,85%; cán bộ diện Ban Thường vụ Tỉnh ủy quản lý 18 đồng chí; đạt 104% kế hoạch (50 chỉ tiêu).').filter((x) => x.kind === 'ratio');
    expect(c.map((x) => x.verdict)).toEqual(['consistent']);
  });
});

describe('the last two items of a semicolon list joined by "và"', () => {
  test('"…; 70 năm tuổi Đảng 04 và 02 Huy hiệu 75 năm tuổi Đảng" counts both', () => {
    const c = claims('Trao 400 Huy hiệu, gồm: Huy hiệu 30 năm tuổi Đảng 210; 40 năm tuổi Đảng 120; 50 năm tuổi Đảng 64; 70 năm tuổi Đảng 04 và 02 Huy hiệu 75 năm tuổi Đảng.').filter((x) => x.kind === 'sum');
    expect(c.map((x) => x.verdict)).toEqual(['consistent']);
  });
});
