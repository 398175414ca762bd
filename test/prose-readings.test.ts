// Readings learned from drafts the reader had not seen (issue 11, second round): each test is a class of
// sentence, not one sentence, so each holds two forms of it.
import { Paragraph, scanParagraphs } from '../src/core';
import { periodLists } from '../src/core/prose/period-lists';
import { tokenize } from '../src/core/prose/tokens';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const claims = (...texts: string[]) => scanParagraphs(body(...texts)).claims;
const flagged = (...texts: string[]) => claims(...texts).filter((c) => c.verdict === 'inconsistent' || c.verdict === 'rounding');

describe('what only looks like a figure', () => {
  test.each([
    ['năm 2025 (đến 31/5): 11', '31/5', 'date'],
    ['số liệu tính đến 30/6 hằng năm', '30/6', 'date'],
    ['349/525 chi bộ có từ 15 đảng viên trở lên', '15', 'threshold'],
    ['doanh nghiệp có trên 10 lao động trở lên', '10', 'threshold'],
    ['6 tháng đầu năm 2024: 337', '6', 'duration'],
    ['hoàn thành xuất sắc nhiệm vụ 5 năm liền', '5', 'duration'],
  ])('%s: %s is a %s', (text, figure, why) => {
    expect(tokenize(text).find((t) => t.text === figure)).toMatchObject({ kind: 'other', why });
  });
  test('a fraction is still a fraction, a count after "từ" without "trở lên" still a count', () => {
    expect(tokenize('đạt 08/08 đơn vị')[0]).toMatchObject({ kind: 'fraction' });
    expect(tokenize('giảm từ 112 xuống còn 96')[0]).toMatchObject({ kind: 'count' });
  });
  test('a share after a fraction whose noun holds a threshold is the fraction\'s share', () => {
    expect(claims('Có 349/525 chi bộ ấp có từ 15 đảng viên trở lên, đạt 66,48%.').filter((c) => c.kind === 'share')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(flagged('Có 41/1.126 doanh nghiệp có trên 10 lao động trở lên có tổ chức đảng, đạt 3,46%.')).toEqual([expect.objectContaining({ kind: 'share', expected: '3,64%' })]);
  });
});

describe('a total split by period', () => {
  test('at least two periods, in parentheses or after a colon', () => {
    const text = 'cử 412 đồng chí đi đào tạo (năm 2021: 78, năm 2022: 86, năm 2023: 91)';
    expect(periodLists(text, tokenize(text)).map((l) => l.parts.map((p) => p.text))).toEqual([['78', '86', '91']]);
    const colon = 'tổng số là 17 đảng viên: năm 2021: 18, năm 2022: 14, năm 2025 (đến 31/5): 11.';
    expect(periodLists(colon, tokenize(colon))[0].parts.map((p) => p.text)).toEqual(['18', '14', '11']);
  });
  test('one period is a comparison, not a breakdown', () => {
    const text = 'Đảng viên là chủ doanh nghiệp: 64 (năm 2022: 52), tăng 12.';
    expect(periodLists(text, tokenize(text))).toEqual([]);
  });
  test('the sum is checked and says how it was read', () => {
    const c = flagged('Giai đoạn 2021 - 2025 cử 412 đồng chí đi học (năm 2021: 78; năm 2022: 86; năm 2023: 91; năm 2024: 79; 6 tháng đầu năm 2025: 87).');
    expect(c).toEqual([expect.objectContaining({ kind: 'sum', stated: '412', expected: '421' })]);
    expect(c[0].message).toContain('các năm');
  });
});

describe('a part with no unit counts in its total\'s unit', () => {
  test.each([
    'Ủy ban Kiểm tra có 07 ủy viên (01 Chủ nhiệm, 02 Phó Chủ nhiệm, 02 ủy viên chuyên trách, 02 ủy viên kiêm chức).',
    'Ban Thường vụ có 15 đồng chí (01 Bí thư, 02 Phó Bí thư, 12 ủy viên).',
  ])('%s', (text) => {
    expect(claims(text).filter((c) => c.kind === 'sum').map((c) => c.verdict)).toEqual(['consistent']);
  });
});

describe('a change speaks of the figure it follows at its own level of parentheses', () => {
  test.each([
    ['Toàn tỉnh còn 492 tổ chức cơ sở đảng (gồm 168 đảng bộ cơ sở, 324 chi bộ cơ sở), giảm 42 đơn vị so với năm 2019 là 534.', 'consistent'],
    ['Thi hành kỷ luật 46 đảng viên (khiển trách 28, cảnh cáo 11, khai trừ 07), giảm 17 trường hợp so với nhiệm kỳ trước (63 trường hợp).', 'consistent'],
    ['Tiếp nhận 47 đơn (tố cáo 19, phản ánh 28), tăng 6 đơn so với nhiệm kỳ trước (39 đơn).', 'inconsistent'],
    ['Năm 2023 kết nạp 1.262 (giảm 34 đảng viên so với năm 2022 là 1.305).', 'inconsistent'],
  ])('%s', (text, verdict) => {
    expect(claims(text).filter((c) => c.kind === 'difference').map((c) => c.verdict)).toEqual([verdict]);
  });
});

describe('from … to …, with dates beside the values and the change in the next clause', () => {
  test.each([
    ['Số chi bộ trực thuộc giảm từ 239 xuống còn 214, giảm 35 chi bộ.', 'inconsistent', '25'],
    ['Tổng số đảng viên tăng từ 31.876 (năm 2019) lên 33.509 (30/6/2024), tăng 1.733 đảng viên.', 'inconsistent', '1.633'],
    ['Số ấp giảm từ 112 xuống còn 96 (giảm 16 ấp).', 'consistent', '16'],
  ])('%s', (text, verdict, expected) => {
    expect(claims(text).filter((c) => c.kind === 'difference')).toEqual([expect.objectContaining({ verdict, expected })]);
  });
  test('"từ" before a span of time is no comparison: the figure after it is the claim\'s own', () => {
    const c = claims('Số đảng viên kết nạp từ đầu nhiệm kỳ 2020 - 2025 đến 30/6/2024 là 4.169 đồng chí, bằng 86,52% so với nhiệm kỳ 2015 - 2020 (4.818 đồng chí).');
    expect(c.find((x) => x.kind === 'ratio')).toMatchObject({ verdict: 'rounding', expected: '86,53%' });
  });
});

describe('a change of shares against the share written beside its year', () => {
  test.each([
    ['Tỷ lệ hoàn thành tốt nhiệm vụ trở lên năm 2024 đạt 94,27%, tăng 1,85% so với năm 2021 (92,42%).', 'consistent'],
    ['Tỷ lệ đảng viên nữ đạt 33,61% (11.262/33.509), tăng 0,41% so với năm 2019 (33,19%).', 'inconsistent'],
    ['Tỷ lệ hoàn thành tốt nhiệm vụ trở lên đạt 91,05%, tăng 0,7% so với năm 2023 (91,75%).', 'inconsistent'],
  ])('%s', (text, verdict) => {
    // An earlier paragraph naming the same year with another share must not stand in for the written one.
    expect(claims('Năm 2021 có 85,71% chi bộ đạt chuẩn; năm 2019 là 30,00%; năm 2023 là 90,00%.', text).filter((c) => c.kind === 'points').map((c) => c.verdict)).toEqual([verdict]);
  });
});

describe('a base named in words', () => {
  test('the figure that answers to the name is the base, however well another fits', () => {
    const c = claims('Kiểm tra 38 đảng viên; kết luận 33 đảng viên có vi phạm; trong số đảng viên có vi phạm, 21 đồng chí phải thi hành kỷ luật, chiếm 63,64% số đảng viên có vi phạm.');
    expect(c.find((x) => x.kind === 'share')).toMatchObject({ verdict: 'consistent', base: '33' });
    const wrong = claims('Thi hành kỷ luật 71 đảng viên.', 'Kiểm tra 38 đảng viên. Số bị kỷ luật là cấp ủy viên 27 đồng chí, chiếm 71,05% tổng số đảng viên bị kỷ luật.').find((x) => x.kind === 'share')!;
    expect(wrong).toMatchObject({ verdict: 'inconsistent', base: '71', expected: '38,03%' });
    expect(wrong.message).toContain('"số đảng viên bị kỷ luật"');
  });
  test('the figure written with the name', () => {
    expect(claims('Năm 2023 kết nạp 918 đảng viên, bằng 2,88% tổng số đảng viên đầu năm (33.452 đảng viên).').find((x) => x.kind === 'share')).toMatchObject({ verdict: 'inconsistent', expected: '2,74%' });
  });
  test('a name no figure answers to leaves the share undecided, and says why', () => {
    const c = claims('Kiểm tra 40 đảng viên, trong đó 21 đồng chí phải thi hành kỷ luật, chiếm 73,64% số đảng viên có vi phạm.').find((x) => x.kind === 'share')!;
    expect(c.verdict).toBe('ambiguous');
    expect(c.message).toContain('không kết luận');
  });
  test('"Trong tổng số N" owns the list that follows', () => {
    expect(claims('Trong tổng số 417 đảng viên có 396 đảng viên chính thức, 21 đảng viên dự bị; đảng viên nữ 138 đồng chí, chiếm 33,09%.').find((x) => x.kind === 'share')).toMatchObject({ verdict: 'consistent', base: '417' });
  });
});

describe('numbers that name an article, a document or a conference', () => {
  test.each([
    ['Thực hiện nhiệm vụ theo Điều 32 Điều lệ Đảng', '32'],
    ['thực hiện Kết luận 38 của Bộ Chính trị', '38'],
    ['Hội nghị lần thứ 8 Ban Chấp hành', '8'],
  ])('%s', (text, figure) => {
    expect(tokenize(text).find((t) => t.text === figure)).toMatchObject({ kind: 'other' });
  });
  test('a verb or a noun in lower case before a count leaves it a count', () => {
    expect(tokenize('kết luận 33 đảng viên có vi phạm')[0]).toMatchObject({ kind: 'count' });
    expect(tokenize('không đủ tiêu chuẩn 09, bị kỷ luật 02')[1]).toMatchObject({ kind: 'count' });
  });
  test('two headings naming different articles are not one quantity written twice', () => {
    expect(flagged('1. Kiểm tra của cấp ủy (theo Điều 30 Điều lệ Đảng)', '2. Nhiệm vụ của ủy ban kiểm tra (theo Điều 32 Điều lệ Đảng)')).toEqual([]);
  });
});

describe('the same quantity written twice, named by its own noun phrase', () => {
  test.each([
    [['Tính đến ngày 31/5/2025, Đảng bộ huyện có 41 tổ chức cơ sở đảng; 58 tổ đảng với 6.410 đảng viên (dự bị 312).'], 'Tổng số đảng viên toàn Đảng bộ huyện đến ngày 31/5/2025 là 6.401 đồng chí.'],
    [['Công tác phát triển đảng viên: năm 2024 kết nạp 14 đảng viên, đạt chỉ tiêu.'], 'Năm 2024, Đảng bộ đã kết nạp 41 đảng viên, vượt chỉ tiêu.'],
  ])('%s / %s', (first, second) => {
    expect(flagged(...first, second)).toEqual([expect.objectContaining({ kind: 'cross' })]);
  });
  test('one digit apart in two paragraphs of the body is not enough: two quantities often differ so by chance', () => {
    expect(flagged('Công tác phát triển đảng viên: năm 2024 kết nạp 14 đảng viên, đạt chỉ tiêu.', 'Năm 2024, Đảng bộ đã kết nạp 16 đảng viên, vượt chỉ tiêu.')).toEqual([]);
  });
  test.each([
    // Two ends of one year are two dates.
    ['Đầu năm 2024, Đảng bộ có 412 đảng viên.', 'Cuối năm 2024, Đảng bộ có 417 đảng viên.'],
    // Two acts are two quantities.
    ['Năm 2024 kết nạp 14 đảng viên.', 'Năm 2024 khai trừ 16 đảng viên.'],
    // Two qualifiers are two quantities.
    ['Năm 2024, khối cơ quan kết nạp 14 đảng viên.', 'Năm 2024, khối doanh nghiệp kết nạp 16 đảng viên.'],
    // Two years are two quantities.
    ['Năm 2023 kết nạp 14 đảng viên.', 'Năm 2024 kết nạp 16 đảng viên.'],
  ])('%s / %s: not one quantity', (first, second) => {
    expect(flagged(first, second)).toEqual([]);
  });
});

describe('grades of those assessed add up to the number assessed', () => {
  const sums = (text: string) => claims(text).filter((c) => c.kind === 'sum' || c.kind === 'subset');
  test('xuất sắc inside "tốt trở lên" (in a parenthesis) or beside "tốt": whichever the figures bear out', () => {
    expect(sums('Năm 2021, có 42 TCCSĐ được đánh giá, xếp loại: hoàn thành tốt nhiệm vụ trở lên 36 TCCSĐ, chiếm 85,71% (trong đó hoàn thành xuất sắc nhiệm vụ 07, chiếm 16,67%); hoàn thành nhiệm vụ 05, chiếm 11,90%; không hoàn thành nhiệm vụ 01, chiếm 2,38%.')).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'consistent', stated: '42' })]);
    const inside = sums('Kết quả xếp loại 4.702 đồng chí: hoàn thành xuất sắc nhiệm vụ 687 đồng chí; hoàn thành tốt nhiệm vụ 4.215 đồng chí; hoàn thành nhiệm vụ 461 đồng chí; không hoàn thành nhiệm vụ 26 đồng chí.');
    expect(inside).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'consistent', expected: '4.702' })]);
    expect(inside[0].message).toContain('xuất sắc đã tính trong tốt');
  });
  test('"Kết quả:" hangs from the number the sentence before says was assessed', () => {
    expect(sums('Có 380 đảng viên được đánh giá, xếp loại. Kết quả: hoàn thành xuất sắc nhiệm vụ 61 đồng chí; hoàn thành tốt nhiệm vụ 285 đồng chí; hoàn thành nhiệm vụ 29 đồng chí; không hoàn thành nhiệm vụ 15 đồng chí.')).toEqual([expect.objectContaining({ verdict: 'inconsistent', stated: '380', expected: '390' })]);
  });
  test('with a grade missing from the list, only grades above the total are wrong', () => {
    expect(sums('Có 137 tập thể được đánh giá: hoàn thành xuất sắc nhiệm vụ 29 tập thể; hoàn thành tốt nhiệm vụ 97 tập thể.')).toEqual([expect.objectContaining({ kind: 'subset', verdict: 'consistent' })]);
  });
});

describe('"gồm" with items set off by semicolons', () => {
  test.each([
    ['Thi hành kỷ luật 71 đảng viên, gồm khiển trách 38 đồng chí, chiếm 53,52%; cảnh cáo 19 đồng chí, chiếm 26,76%; cách chức 04 đồng chí, chiếm 5,63%; khai trừ 10 đồng chí, chiếm 14,08%.', 'consistent'],
    ['Hiện nay, 1.523 chi bộ trực thuộc gồm 525 chi bộ ấp, khu vực; 517 chi bộ ngành xã; 175 chi bộ ngành huyện; 316 chi bộ ngành tỉnh.', 'inconsistent'],
  ])('%s', (text, verdict) => {
    expect(claims(text).filter((c) => c.kind === 'sum' && !c.stated.includes('%'))).toEqual([expect.objectContaining({ verdict })]);
  });
  test('"trong đó a; 58 tổ đảng với …": the semicolon still ends a "trong đó" noun phrase', () => {
    expect(flagged('Có 214 chi bộ trực thuộc, trong đó 96 chi bộ ấp; 58 tổ đảng với 6.410 đảng viên.')).toEqual([]);
  });
});

describe('a change against the start of the period or a target of a named term', () => {
  test.each([
    ['Đầu năm 2024, Đảng bộ có 412 đảng viên. Đến ngày 30/11/2024, Đảng bộ có 417 đảng viên, tăng 05 đảng viên so với đầu năm.', 'consistent'],
    ['Đầu năm 2024, Đảng bộ có 412 đảng viên. Đến ngày 30/11/2024, Đảng bộ có 417 đảng viên, tăng 07 đảng viên so với đầu năm.', 'inconsistent'],
    ['Nhiệm kỳ 2025 - 2030 phấn đấu kết nạp 70 đảng viên, tăng 10 đảng viên so với chỉ tiêu nhiệm kỳ 2020 - 2025 (60 đảng viên).', 'consistent'],
  ])('%s', (text, verdict) => {
    expect(claims(text).filter((c) => c.kind === 'difference')).toEqual([expect.objectContaining({ verdict })]);
  });
});

describe('a multiple (gấp … lần) of a value written with it', () => {
  test.each([
    ['Quy hoạch gồm 98 đồng chí (gấp 1,81 lần số ủy viên đương nhiệm là 54 đồng chí).', 'consistent', '1,81'],
    ['Năm 2024 bồi dưỡng 300 lượt, gấp 2,6 lần so với năm 2023 (120 lượt).', 'inconsistent', '2,5'],
  ])('%s', (text, verdict, expected) => {
    expect(claims(text).filter((c) => c.kind === 'ratio')).toEqual([expect.objectContaining({ verdict, expected })]);
  });
  test('a multiple of a quantity named only in words is left unread', () => {
    expect(claims('Quy hoạch có 68 đồng chí (gấp 1,58 lần số ủy viên Ban Chấp hành đương nhiệm).').filter((c) => c.kind === 'ratio')).toEqual([]);
  });
  test('a multiple is no part of a breakdown, and a "trong đó" after its parenthesis opens the first total\'s parts', () => {
    const c = claims('Quy hoạch gồm 98 đồng chí (gấp 1,81 lần số ủy viên đương nhiệm là 54 đồng chí), trong đó nữ 27 đồng chí, chiếm 27,55%; trẻ dưới 45 tuổi 31 đồng chí, chiếm 31,63%.');
    expect(c.filter((x) => x.kind === 'subset' || x.kind === 'sum').map((x) => x.stated)).toEqual(['98']);
  });
});

describe('a change after a category\'s share speaks of the clause\'s head', () => {
  test('"29 đồng chí, nữ 06 đồng chí, chiếm 20,69%; giảm 02 … so với … (27)": 29 against 27', () => {
    const c = claims('Quy hoạch Ban Thường vụ 29 đồng chí, nữ 06 đồng chí, chiếm 20,69%; giảm 02 đồng chí so với quy hoạch nhiệm kỳ 2020 - 2025 (27 đồng chí).').find((x) => x.kind === 'difference')!;
    expect(c.verdict).toBe('inconsistent');
    expect(c.message).toContain('từ 27 lên 29');
  });
});

describe('a comparison with the term its own date falls in', () => {
  test('a figure at 30/6/2024 compared with "nhiệm kỳ 2020 - 2025" compares the term with itself', () => {
    const c = claims('Tỷ lệ đảng viên dưới 30 tuổi đến 30/6/2024 chiếm 16,46%, tăng 1,2% so với nhiệm kỳ 2020 - 2025.').find((x) => x.kind === 'term-label')!;
    expect(c).toMatchObject({ verdict: 'inconsistent', stated: '2020 - 2025', expected: '2015 - 2020' });
    expect(c.message).toContain('30/6/2024');
  });
  test.each([
    'Đến 30/6/2024 có 3.612 đảng viên, tăng 190 đảng viên so với đầu nhiệm kỳ 2020 - 2025.',
    'Năm 2020 kết nạp 125 đảng viên, tăng 5 đảng viên so với nhiệm kỳ 2015 - 2020.',
  ])('not when it names the start of the term, or its date is the term\'s last year: %s', (text) => {
    expect(claims(text).filter((x) => x.kind === 'term-label' && x.verdict === 'inconsistent')).toEqual([]);
  });
});

describe('a stock and its flows', () => {
  const text = (end: string) => `Đầu năm 2024, Đảng bộ huyện có 4.572 đảng viên. Trong năm tăng 214 đảng viên (kết nạp 168, chuyển đến 41, phục hồi đảng tịch 05); giảm 149 đảng viên (từ trần 52, chuyển đi 63, xóa tên 21, khai trừ 04, xin ra khỏi Đảng 09). Đến 31/12/2024, tổng số đảng viên là ${end}.`;
  test('the end is the start plus what came in less what went out; each flow is the sum of its sources', () => {
    expect(flagged(text('4.637'))).toEqual([]);
    expect(claims(text('4.637')).filter((c) => c.kind === 'sum').length).toBe(3);
    const wrong = flagged(text('4.673'));
    expect(wrong).toEqual([expect.objectContaining({ kind: 'sum', stated: '4.673', expected: '4.637' })]);
    expect(wrong[0].message).toContain('đầu kỳ 4.572 + tăng 214 − giảm 149');
  });
  test('a change compared with something is no flow, and its parenthesis holds no sources', () => {
    expect(flagged('Đến 31/3/2025, Đảng bộ huyện có 3.612 đảng viên, tăng 190 đảng viên so với đầu nhiệm kỳ (3.422 đảng viên).')).toEqual([]);
    expect(flagged('Đầu năm 2024, Đảng bộ có 412 đảng viên. Đến ngày 30/11/2024, Đảng bộ có 417 đảng viên, tăng 05 đảng viên so với đầu năm.')).toEqual([]);
  });
});

describe('a change beside one value of a series', () => {
  test('against the value the year before governs', () => {
    const c = claims('Năm 2021 kết nạp 118; năm 2022 kết nạp 127 (tăng 09 đảng viên); năm 2023 kết nạp 131 (tăng 05 đồng chí).').filter((x) => x.kind === 'difference');
    expect(c.map((x) => x.verdict)).toEqual(['consistent', 'inconsistent']);
    expect(claims('Tỷ lệ năm 2022 là 92,87%, năm 2023 là 93,40% (tăng 0,53%).').find((x) => x.kind === 'points')).toMatchObject({ verdict: 'consistent' });
  });
  test('against the previous value written in the same parenthesis', () => {
    expect(claims('Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên: 466/507, đạt 91,91% (năm 2022: 91,60%, tăng 0,13%).').find((x) => x.kind === 'points')).toMatchObject({ verdict: 'inconsistent', expected: '0,31%' });
  });
  test('no value of the year before: nothing is read', () => {
    expect(claims('Năm 2022 kết nạp 127 (tăng 09 đảng viên).').filter((x) => x.kind === 'difference')).toEqual([]);
  });
  test('from … down to …, with the year beside the first value', () => {
    expect(claims('Số đảng viên không hoàn thành nhiệm vụ giảm từ 38 đồng chí năm 2023 xuống 31 đồng chí (giảm 08).').find((x) => x.kind === 'difference')).toMatchObject({ verdict: 'inconsistent', expected: '7' });
  });
});

describe('a category\'s share of a total whose breakdown was given', () => {
  const text = (pct: string) => `Toàn tỉnh còn 492 tổ chức cơ sở đảng (gồm 168 đảng bộ cơ sở, 324 chi bộ cơ sở); trong 492 TCCSĐ hiện nay, đảng bộ cơ sở chiếm ${pct}.`;
  test('the part is the breakdown\'s item of that category', () => {
    expect(claims(text('34,15%')).find((x) => x.kind === 'share')).toMatchObject({ verdict: 'consistent' });
    const c = claims(text('31,46%')).find((x) => x.kind === 'share')!;
    expect(c).toMatchObject({ verdict: 'inconsistent', expected: '34,15%' });
    expect(c.message).toContain('168/492');
  });
  test('no breakdown of that total: nothing is read', () => {
    expect(claims('Toàn tỉnh có 168 đảng bộ cơ sở; trong 492 TCCSĐ hiện nay, đảng bộ cơ sở chiếm 31,46%.').filter((x) => x.kind === 'share')).toEqual([]);
  });
});

describe('a base named with its year', () => {
  const text = 'Năm 2021 có 3.498/3.556 đảng viên tham gia học tập, đạt 98,37%; năm 2024 có 3.561/3.598 đảng viên tham gia học tập, đạt 98,97%. Đảng viên viết 3.402 bài thu hoạch, bằng 97,25% số đảng viên tham gia học tập năm 2021.';
  test('the part of a fraction of that year answers to the name, and the quote shows the name', () => {
    const c = claims(text).find((x) => x.kind === 'share' && x.stated === '97,25%')!;
    expect(c).toMatchObject({ verdict: 'rounding', expected: '97,26%', base: '3.498' });
    expect(c.quote).toContain('năm 2021');
  });
});

describe('learned from the second learning set', () => {
  test('parts of two dimensions under any opener may overlap: each at most the total', () => {
    expect(claims('Trung tâm có 43 giảng viên, gồm 05 giảng viên cơ hữu (04 thạc sĩ, 03 nữ) và 38 giảng viên kiêm chức.').filter((c) => c.kind === 'sum' || c.kind === 'subset').map((c) => [c.kind, c.stated, c.verdict])).toEqual([['sum', '43', 'consistent'], ['subset', '5', 'consistent']]);
  });
  test('a semicolon inside a parenthesis separates that parenthesis\'s items, not the list around it', () => {
    const c = claims('Có 43 giảng viên, gồm 05 giảng viên cơ hữu và 38 giảng viên kiêm chức (lãnh đạo huyện 09; trưởng, phó các ban 12; bí thư đảng ủy xã 08).');
    expect(c.find((x) => x.stated === '43')).toMatchObject({ kind: 'sum', verdict: 'consistent' });
  });
  test('a number between a noun and a verb names one of them: "lớp 1 có 61 học viên"', () => {
    expect(claims('Tổng số 176 học viên, gồm lớp 1 có 61 học viên, lớp 2 có 57 học viên, lớp 3 có 58 học viên.').filter((c) => c.kind === 'sum')).toEqual([expect.objectContaining({ verdict: 'consistent', expected: '176' })]);
  });
  test('a rounding slip against a base named in words that no figure answers to is not called', () => {
    expect(flagged('Tổng số đảng phí 1.684,25 triệu đồng, nộp lên cấp trên 673,7 triệu đồng. Văn phòng nộp về Tỉnh ủy 336,85 triệu đồng, bằng 50% số đảng phí cấp huyện nhận được.')).toEqual([]);
  });
  test.each([
    ['Kiểm tra 23 đảng viên; đã thi hành kỷ luật 10 đồng chí.', 'Phân theo thẩm quyền, trong 34 trường hợp bị kỷ luật, chi bộ thi hành kỷ luật 15 trường hợp.'],
    ['Số doanh nghiệp có tổ chức đảng là 97, chiếm 2,59%.', 'Trong 104 tổ chức đảng ở các doanh nghiệp này, chia ra: 09 đảng bộ cơ sở, 87 chi bộ cơ sở và 08 chi bộ trực thuộc.'],
    ['Ban Chấp hành Đảng bộ phường khóa XIV, nhiệm kỳ 2020 - 2025 có 15 đồng chí.', 'Ban Chấp hành Đảng bộ phường khóa XIV tại thời điểm Đại hội nhiệm kỳ 2020 - 2025 có 14 đồng chí.'],
  ])('not one quantity: %s / %s', (a, b) => {
    expect(flagged(a, b).filter((c) => c.kind === 'cross')).toEqual([]);
  });
});

describe('a change written as a percentage of the previous value', () => {
  test.each([
    ['Giá trị thu hoạch trên 01 ha đạt 225 triệu đồng, tăng 12,5% so với năm 2021 (200 triệu đồng/ha).', 'consistent'],
    ['Giá trị thu hoạch trên 01 ha đạt 225 triệu đồng, tăng 11,1% so với năm 2021 (200 triệu đồng/ha).', 'inconsistent'],
  ])('%s', (text, verdict) => {
    expect(claims(text).filter((c) => c.kind === 'ratio')).toEqual([expect.objectContaining({ verdict })]);
  });
  test('a "bằng" figure written as an increase is named as such', () => {
    const c = claims('Số chủ doanh nghiệp là đảng viên tăng từ 25 người (năm 2018) lên 41 người (tăng 16 người, tăng 164%).').find((x) => x.kind === 'ratio')!;
    expect(c).toMatchObject({ verdict: 'inconsistent', expected: '64%' });
    expect(c.message).toContain('so sánh "bằng"');
  });
  test('"…so với … (W), bằng X%" is the so sánh of the two, shown with the decimals written', () => {
    const c = claims('Giai đoạn 2021 - 2025 thu đảng phí 7.912,6 triệu đồng, tăng 1.204,3 triệu đồng so với giai đoạn 2016 - 2020 (6.708,3 triệu đồng), bằng 84,78%.').find((x) => x.kind === 'ratio')!;
    expect(c).toMatchObject({ verdict: 'inconsistent', expected: '117,95%' });
    expect(c.message).toContain('7.912,6/6.708,3');
  });
});

describe('sums of money and areas; "Cụ thể:" lists', () => {
  test('a decimal total with its unit is broken down like a count; a bare decimal is not', () => {
    expect(claims('Phân theo nguồn: tổng cộng 1.684,25 triệu đồng (khối xã 694,32 triệu đồng, khối cơ quan 582,16 triệu đồng, khối doanh nghiệp 318,4 triệu đồng, lực lượng vũ trang 143,37 triệu đồng).').find((c) => c.kind === 'sum')).toMatchObject({ verdict: 'inconsistent', expected: '1.738,25' });
    expect(claims('Số lớp gấp 1,81 lần (2 lớp, 3 lớp).').filter((c) => c.kind === 'sum')).toEqual([]);
  });
  test('"Cụ thể:" lists the parts of the total the sentence before states', () => {
    const c = claims('Tổng nguồn lực đầu tư là 186,42 tỷ đồng. Cụ thể: ngân sách Trung ương 42,15 tỷ đồng; ngân sách tỉnh 68,1 tỷ đồng; ngân sách huyện 19,37 tỷ đồng; vốn tín dụng 38,6 tỷ đồng; Nhân dân đóng góp 24,5 tỷ đồng.').find((x) => x.kind === 'sum')!;
    expect(c).toMatchObject({ verdict: 'inconsistent', stated: '186,42', expected: '192,72' });
    expect(c.message).toContain('Cụ thể');
  });
  test('a base named only by its unit and scope ("số hộ toàn xã") is not picked by its words', () => {
    expect(flagged('Xã có 4.209 hộ. Năm 2024 có 205 hộ tham gia. Đến cuối năm 2025 còn 47 hộ nghèo, chiếm 1,12% số hộ toàn xã.')).toEqual([]);
  });
});

describe('the shares\' own reading stands beside a weaker one', () => {
  test('a "trong đó" read only as "each at most the total" does not hide the gap the shares show', () => {
    const c = claims('Tổng số cấp ủy viên cơ sở là 2.834 đồng chí, trong đó trình độ lý luận chính trị: sơ cấp 107 đồng chí, chiếm tỷ lệ 3,78%, trung cấp 1.450 đồng chí, chiếm tỷ lệ 51,16%, cao cấp, cử nhân 1.275 đồng chí, chiếm tỷ lệ 45%.');
    expect(c.filter((x) => x.verdict === 'ambiguous').map((x) => x.kind)).toEqual(['sum']);
  });
});
