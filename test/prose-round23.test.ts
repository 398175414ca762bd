// Readings of the twenty-third round (issue 11), each a class of sentence with its forms written here, not taken from
// an evaluation draft.
import { Paragraph, scanParagraphs } from '../src/core';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const claims = (...texts: string[]) => scanParagraphs(body(...texts)).claims;

describe('a rate written "tương ứng" after a change', () => {
  const rates = (text: string) => claims(text).filter((c) => c.kind === 'ratio');

  test('is the change over the value compared with, the verb written again or not', () => {
    expect(rates('Năm 2024, Văn phòng tiếp nhận 1.420 hồ sơ. So với năm 2023 (1.250 hồ sơ), số hồ sơ tăng 170 hồ sơ, tương ứng tăng 31,6%.')).toEqual([expect.objectContaining({ verdict: 'inconsistent', stated: '31,6%', expected: '13,6%' })]);
    expect(rates('Lượng nước tưới đạt 552 triệu m³, giảm 48 triệu m³ so với năm 2023 (600 triệu m³), tương ứng giảm 8,0%.')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(rates('Đã cấp 3.317 giấy chứng nhận, tăng 317 giấy, tương ứng 10,75% so với năm 2023 (3.000 giấy).')).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '10,57%' })]);
  });

  test('that goes the other way than the change is not read as its rate', () => {
    expect(rates('Số vụ vi phạm giảm 12 vụ so với năm 2023 (80 vụ), tương ứng tăng 15%.')).toEqual([]);
  });
});

describe('an item’s "bằng p%" that fits the value its total is compared with', () => {
  const share = (verb: string) => claims(`Tổng chi phí năm 2024 là 52,40 tỷ đồng, bằng 104,8% kế hoạch (50,0 tỷ đồng), gồm: chi phí nhân công 31,25 tỷ đồng, ${verb} 62,50%; chi phí vật tư 12,63 tỷ đồng, chiếm 24,10% tổng chi phí; chi phí khác 8,52 tỷ đồng.`).filter((c) => c.kind === 'share' && c.stated === '62,50%');

  test('may be a so sánh with that value, not a share of the wrong whole: undecided', () => {
    expect(share('bằng')).toEqual([expect.objectContaining({ verdict: 'ambiguous' })]);
    expect(share('bằng')[0].message).toMatch(/"bằng" có thể là mức đạt/);
  });

  test('while "chiếm" says a share, and one of the wrong whole is wrong', () => {
    expect(share('chiếm')).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '59,64%' })]);
  });
});

describe('a whole named with a comma between its nouns, its figure after the name', () => {
  const share = (text: string) => claims(text).filter((c) => c.kind === 'share');

  test('is the whole the share is of', () => {
    const right = share('Kiểm dịch 1.250.000 con gia súc, gia cầm; các cơ sở giết mổ tập trung kiểm soát 540.300 con, chiếm 65,4% số gia súc, gia cầm giết mổ (826.150 con).');
    expect(right).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(right[0].message).toMatch(/826\.150/);
    expect(share('Kiểm dịch 1.250.000 con gia súc, gia cầm; các cơ sở giết mổ tập trung kiểm soát 540.300 con, chiếm 56,4% số gia súc, gia cầm giết mổ (826.150 con).')).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '65,4%' })]);
  });

  test('but not a clause after the comma that says something else with its own parenthesis', () => {
    const other = share('Kiểm soát 540.300 con, chiếm 65,4% số gia súc, tăng mạnh (năm 2023: 498.000 con).');
    expect(other.filter((c) => c.message.includes('498.000'))).toEqual([]);
  });
});

describe('a share of money whose whole the text does not give nearby', () => {
  test('is not taken of a figure written with no unit, whatever it counts', () => {
    const shares = claims('Đã kiểm định 512 công trình, gồm 370 công trình dân dụng và 142 công trình khác.', '- Năm 2019: 612 hợp đồng, doanh thu 21,32 tỷ đồng, chiếm 15,02% doanh thu cả giai đoạn.').filter((c) => c.kind === 'share');
    expect(shares.filter((c) => c.verdict !== 'ambiguous')).toEqual([]);
  });

  test('is still taken of an amount written in its unit', () => {
    const shares = claims('Tổng doanh thu cả giai đoạn đạt 142,06 tỷ đồng.', '- Năm 2019: 612 hợp đồng, doanh thu 21,32 tỷ đồng, chiếm 15,02% doanh thu cả giai đoạn.').filter((c) => c.kind === 'share');
    expect(shares).toEqual([expect.objectContaining({ verdict: 'rounding', expected: '15,01%' })]);
  });
});

describe('a place named by a day', () => {
  test('is a name, not a fraction', () => {
    expect(claims('Hội chợ tổ chức từ ngày 19/4 đến 25/4/2024 tại Quảng trường 3/2 với quy mô 320 gian hàng.').filter((c) => c.kind === 'fraction' || c.kind === 'share')).toEqual([]);
    expect(claims('Giải được tổ chức tại Sân vận động 19/8 với 24 đội tham gia.').filter((c) => c.kind === 'fraction' || c.kind === 'share')).toEqual([]);
  });

  test('while a count of places is still a fraction', () => {
    expect(claims('Có 45/50 trường đạt chuẩn quốc gia, đạt 95%.').filter((c) => c.kind === 'share' || c.kind === 'fraction')).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '90%' })]);
  });
});

describe('a change said of one year of a series', () => {
  const series = 'Giai đoạn 2019 - 2023, Hội tiếp nhận 1.482 hồ sơ (năm 2019: 214 hồ sơ; năm 2020: 263; năm 2021: 301; năm 2022: 318; năm 2023: 386).';
  const changes = (text: string) => claims(`${series} ${text}`).filter((c) => c.kind === 'difference' || c.kind === 'ratio');

  test('against "năm trước", "năm liền kề" is against the year before, both values taken from the series', () => {
    expect(changes('Năm 2021 tăng 38 hồ sơ so với năm trước, năm 2023 tăng 21,38% so với năm liền kề.')).toEqual([expect.objectContaining({ kind: 'difference', verdict: 'consistent', stated: '38' }), expect.objectContaining({ kind: 'ratio', verdict: 'consistent', stated: '21,38%' })]);
    expect(changes('Năm 2021 tăng 83 hồ sơ so với năm trước, năm 2023 tăng 21,83% so với năm liền kề.')).toEqual([expect.objectContaining({ kind: 'difference', verdict: 'inconsistent', expected: '38' }), expect.objectContaining({ kind: 'ratio', verdict: 'inconsistent', expected: '21,38%' })]);
  });

  test('is not read where the series gives the year two values', () => {
    expect(changes('Riêng năm 2021 là 296 hồ sơ theo số liệu điều chỉnh. Năm 2021 tăng 38 hồ sơ so với năm trước.').filter((c) => c.stated === '38')).toEqual([]);
  });
});

describe('a "Cộng:" that is a sentence of its own', () => {
  const sums = (total: string) => claims(`Kinh phí năm 2024 chia theo nội dung: tổ chức hội chợ 1.840 triệu đồng; hội nghị kết nối 962 triệu đồng; tập huấn 318 triệu đồng. Cộng: ${total} triệu đồng.`).filter((c) => c.kind === 'sum');
  test('closes the list of the sentence before it', () => {
    expect(sums('3.120')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(sums('3.210')).toEqual([expect.objectContaining({ verdict: 'inconsistent', stated: '3.210', expected: '3.120' })]);
  });
});

describe('a share with its whole’s figure written after it', () => {
  test('is of that figure, not of a whole an earlier list opened', () => {
    const shares = claims('Thu hút 436 lượt doanh nghiệp, trong đó 128 lượt doanh nghiệp ngoài tỉnh; giới thiệu 35 sản phẩm OCOP, chiếm 18,23% tổng số 192 sản phẩm OCOP của tỉnh.').filter((c) => c.kind === 'share');
    expect(shares).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(shares[0].message).toMatch(/35\/192/);
  });
});

describe('a change in points against a term or span whose share is in a parenthesis', () => {
  const points = (text: string) => claims(text).filter((c) => c.kind === 'points');
  test('is read against that share', () => {
    expect(points('Phát hiện 1.248 mẫu không đạt, chiếm 0,67% tổng số mẫu, giảm 0,19 điểm phần trăm so với giai đoạn 2014 - 2018 (0,86%).')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(points('Phát hiện 1.248 mẫu không đạt, chiếm 0,67% tổng số mẫu, giảm 0,91 điểm phần trăm so với giai đoạn 2014 - 2018 (0,86%).')).toEqual([expect.objectContaining({ verdict: 'inconsistent' })]);
  });

  test('is not of a share the sentence before ends on', () => {
    expect(points('Nhiệm kỳ 2020 - 2025 bầu 54 đại biểu, tái cử 14 đại biểu, chiếm 25,93%. Tỷ lệ đại biểu nữ giảm 2,86% so với nhiệm kỳ 2015 - 2020 (34,29%).').filter((c) => c.message.includes('25,93'))).toEqual([]);
  });
});
