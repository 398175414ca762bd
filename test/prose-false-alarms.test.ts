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
