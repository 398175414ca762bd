// Readings of the twenty-second round (issue 11), each a class of sentence with its forms written here, not taken from
// an evaluation draft.
import { Paragraph, scanParagraphs } from '../src/core';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const claims = (...texts: string[]) => scanParagraphs(body(...texts)).claims;

describe('a part larger than its whole', () => {
  const subsets = (text: string) => claims(text).filter((c) => c.kind === 'subset');

  test('written in the whole’s unit, or with none, is wrong', () => {
    expect(subsets('Hợp tác xã có 45 xã viên, trong đó nữ 52 xã viên, dân tộc thiểu số 12 xã viên.')).toEqual([expect.objectContaining({ verdict: 'inconsistent' })]);
    expect(subsets('Tổ có 38 thành viên, trong đó nữ 41, thanh niên 17.')).toEqual([expect.objectContaining({ verdict: 'inconsistent' })]);
  });

  test('counting another thing than its whole, or an amount beside a count, is undecided', () => {
    // The list counts the gifts; the figure before "trong đó" is their value.
    const gifts = subsets('Năm 2024, Hội trao 2.150 suất quà với tổng trị giá 1.284,5 triệu đồng, trong đó quà của tỉnh 1.420 suất, quà của huyện 730 suất.');
    expect(gifts).toEqual([expect.objectContaining({ verdict: 'ambiguous' })]);
    expect(gifts[0].message).toMatch(/đơn vị khác/);
    expect(subsets('Trong quý, Đội tiếp nhận 27 vụ việc, trong đó 64 đối tượng là người địa phương.').filter((c) => c.verdict === 'inconsistent')).toEqual([]);
  });
});

describe('two amounts of money named by different heads', () => {
  const opening = 'I. KẾT QUẢ SẢN XUẤT KINH DOANH NĂM 2024';
  const closing = 'III. ĐÁNH GIÁ CHUNG';
  const crosses = (summary: string) => claims(opening, 'Tổng doanh thu năm 2024 đạt 96.420 triệu đồng; trong đó doanh thu dịch vụ vệ sinh công cộng theo đặt hàng 74.815 triệu đồng, doanh thu khác 21.605 triệu đồng.', closing, summary).filter((c) => c.kind === 'cross');

  test('are two quantities, even with two digits swapped between them', () => {
    expect(crosses('Năm 2024, giá trị nghiệm thu dịch vụ vệ sinh công cộng đạt 74.851 triệu đồng.')).toEqual([]);
  });

  test('while the same head restated with two digits swapped is one quantity mistyped', () => {
    expect(crosses('Năm 2024, doanh thu dịch vụ vệ sinh công cộng đạt 74.851 triệu đồng.')).toEqual([expect.objectContaining({ verdict: 'inconsistent', stated: '74.851', expected: '74.815' })]);
  });
});

describe('a share listed in the parenthesis a figure opens', () => {
  test('is of that figure, even where the parenthesis does not add up to it', () => {
    const text = 'Trung tâm quản lý 12.480,50 ha đất, gồm đất sản xuất 9.216,40 ha (đất trồng lúa 6.118,20 ha, chiếm 66,38%; đất trồng màu 3.089,20 ha) và đất khác 3.264,10 ha.';
    const shares = claims(text).filter((c) => c.kind === 'share');
    expect(shares).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(shares[0].message).toMatch(/9\.216,40/);
    // The parenthesis's own slip is still found.
    expect(claims(text).filter((c) => c.kind === 'sum' && c.verdict === 'inconsistent')).toEqual([expect.objectContaining({ stated: '9.216,40' })]);
  });
});

describe('the last item of an amount’s list', () => {
  const sums = (text: string) => claims(text).filter((c) => c.kind === 'sum');
  test('runs on past its comma to the figure in the amount’s unit, its count of members no item', () => {
    expect(sums('Công ty vận hành 07 trạm bơm với tổng công suất 18.600 m³/ngày đêm, gồm trạm Bắc Sơn 6.000 m³/ngày đêm, trạm Nam Sơn 4.800 m³/ngày đêm và 05 trạm bơm vùng đồi, vùng núi 7.800 m³/ngày đêm.')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(sums('Xí nghiệp quản lý 12 kho với tổng sức chứa 24.500 tấn, gồm kho Cảng 9.000 tấn, kho Ga 6.500 tấn và 10 kho vệ tinh ở huyện, xã 9.200 tấn.')).toEqual([expect.objectContaining({ verdict: 'inconsistent', stated: '24.500', expected: '24.700' })]);
  });

  test('of a count still ends at the comma that opens another clause', () => {
    expect(sums('Kiểm tra 107 mẫu, gồm 72 mẫu phân bón và 35 mẫu thức ăn chăn nuôi, phát hiện 05 mẫu không đạt.')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
  });
});

describe('a closing total', () => {
  test('"cộng" may name the span it covers before its figure', () => {
    const sums = (total: string) => claims(`Theo quý, doanh thu quý I đạt 1.192,40 tỷ đồng, quý II 1.089,75 tỷ đồng, quý III 1.069,18 tỷ đồng, quý IV 1.149,27 tỷ đồng, cộng cả năm ${total} tỷ đồng.`).filter((c) => c.kind === 'sum');
    expect(sums('4.500,60')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(sums('4.527,60')).toEqual([expect.objectContaining({ verdict: 'inconsistent', stated: '4.527,60', expected: '4.500,60' })]);
  });

  test('a list item "Cộng:" totals the items above it, and their shares are of it', () => {
    const list = (total: string) => claims('Số lượt khách tham quan theo năm:', '- Năm 2020: 41.250 (chiếm 31,24% cả giai đoạn);', '- Năm 2021: 38.600;', '- Năm 2022: 52.180 (39,54%);', `- Cộng: ${total} lượt, bình quân 44.010 lượt/năm.`);
    expect(list('132.030').filter((c) => c.kind === 'sum')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(list('132.300').filter((c) => c.kind === 'sum')).toEqual([expect.objectContaining({ verdict: 'inconsistent', stated: '132.300', expected: '132.030' })]);
    const shares = list('132.030').filter((c) => c.kind === 'share');
    expect(shares.map((c) => [c.verdict, c.expected])).toEqual([
      ['consistent', '31,24%'],
      ['inconsistent', '39,52%'],
    ]);
  });

  test('is no total of items that are not its list’s', () => {
    // Items of another marker, or with no figure after their label, make no list.
    expect(claims('Kết quả:', '- Năm 2021: tổ chức nhiều hoạt động;', '- Năm 2022: 52.180 lượt;', '- Cộng: 93.430 lượt.').filter((c) => c.kind === 'sum')).toEqual([]);
  });
});

describe('"bằng p% so với số …"', () => {
  const shares = (text: string) => claims(text).filter((c) => c.kind === 'share');
  test('compares with a whole named by "số", so it is a share of that whole', () => {
    const text = (p: string) => `Công ty phát hành 478,4 triệu vé; số vé tiêu thụ 452,76 triệu vé. Số vé không tiêu thụ được 25,64 triệu vé, bằng ${p} so với số vé phát hành.`;
    expect(shares(text('5,36%'))).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(shares(text('5,66%'))).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '5,36%' })]);
    expect(shares(text('5,66%'))[0].message).toMatch(/"số vé phát hành"/);
  });

  test('while "so với" a period or a plan is still a so sánh', () => {
    expect(shares('Doanh thu đạt 25,64 tỷ đồng, bằng 94,66% so với cùng kỳ năm 2023 (27,09 tỷ đồng).')).toEqual([]);
  });
});

describe('a fraction and its share', () => {
  test('read across the number of the document whose targets it counts', () => {
    const shares = (p: string) => claims(`Đến nay đã hoàn thành 23/26 chỉ tiêu của Kế hoạch số 86/KH-UBND, đạt ${p}; còn 03 chỉ tiêu đang thực hiện.`).filter((c) => c.kind === 'share');
    expect(shares('88,46%')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(shares('88,64%')).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '88,46%' })]);
  });
});

describe('a fraction’s whole against the count the report states', () => {
  test('a grade after the noun names the kind counted ("cấp III" is not "cấp II")', () => {
    const opening = 'Đến 31/12/2024, mạng lưới có 148 điểm phục vụ, gồm 01 bưu cục cấp I, 12 bưu cục cấp II, 29 bưu cục cấp III và 106 điểm bưu điện văn hóa xã.';
    const fractions = (f: string) => claims(opening, `Trong năm, ${f} bưu cục cấp III đạt chuẩn nhận diện thương hiệu mới.`).filter((c) => c.kind === 'fraction');
    expect(fractions('27/28')).toEqual([expect.objectContaining({ verdict: 'inconsistent' })]);
    expect(fractions('27/29')).toEqual([]);
  });
});
