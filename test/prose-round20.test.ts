// Readings of the twentieth round (issue 11), each a class of sentence with its forms written here, not taken from an
// evaluation draft.
import { Paragraph, scanParagraphs } from '../src/core';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const claims = (...texts: string[]) => scanParagraphs(body(...texts)).claims;
const at = (stated: string, ...texts: string[]) => claims(...texts).filter((c) => c.stated === stated);

describe('a parenthesis giving a total at another time', () => {
  test('breaks nothing down', () => {
    // 512 at the start of the year is no part of the 498 at its end.
    const text = 'Đến 31/12/2024, Hợp tác xã có 498 thành viên (đầu năm 512 thành viên, giảm 14 thành viên), gồm 61 thành viên pháp nhân và 437 thành viên cá nhân.';
    expect(claims(text).filter((c) => c.kind === 'subset' || (c.kind === 'sum' && c.stated === '498' && c.expected !== '498'))).toEqual([]);
    expect(claims('Cửa hàng phục vụ 2.310 khách hàng (cuối năm 2023: 2.465 khách hàng).').filter((c) => c.kind === 'subset' || c.kind === 'sum')).toEqual([]);
  });

  test('a part carried over from the period before is still a part', () => {
    expect(at('412', 'Tổng số hồ sơ tiếp nhận 412 hồ sơ (kỳ trước chuyển sang 37 hồ sơ, tiếp nhận trong kỳ 375 hồ sơ).')).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'consistent' })]);
  });
});

describe('money is no share of a count of things', () => {
  test('a count in the clause before is not its base', () => {
    // 196,5 tỷ đồng is no share of 2.140 hợp đồng; what the 8,6% is of is not stated.
    const text = 'Năm 2024 Xí nghiệp ký 2.140 hợp đồng, trong đó 312 hợp đồng xuất khẩu; doanh thu xuất khẩu 196,5 tỷ đồng, chiếm 8,6% doanh thu sản phẩm cơ khí.';
    expect(claims(text).filter((c) => c.kind === 'share' && c.verdict === 'inconsistent')).toEqual([]);
  });
});
