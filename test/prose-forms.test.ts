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
