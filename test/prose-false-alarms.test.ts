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
