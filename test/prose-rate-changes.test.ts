// A change of a rate named in words: its shares found by the rate's name and year (rate-changes.ts).
import { Paragraph, scanParagraphs } from '../src/core';
import { gradeOf } from '../src/core/prose/rate-changes';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const points = (...texts: string[]) => scanParagraphs(body(...texts)).claims.filter((c) => c.kind === 'points');

describe('the grade a phrase names', () => {
  test.each([
    ['không hoàn thành nhiệm vụ 12 đồng chí', 'không'],
    ['hoàn thành xuất sắc nhiệm vụ', 'xuất sắc'],
    ['hoàn thành tốt nhiệm vụ trở lên', 'tốt'],
    ['hoàn thành nhiệm vụ 40 đồng chí', 'hoàn thành'],
    ['đã liên hệ với chi bộ nơi cư trú', undefined],
  ])('%s', (phrase, grade) => {
    expect(gradeOf(phrase)).toBe(grade);
  });
});

describe('a rate named, its two shares stated under their years', () => {
  const year2024 = 'Năm 2024, có 640 đảng viên được đánh giá; hoàn thành xuất sắc nhiệm vụ 98 đồng chí, chiếm 15,31%; hoàn thành tốt nhiệm vụ 470 đồng chí, chiếm 73,44%; hoàn thành nhiệm vụ 63 đồng chí, chiếm 9,84%; không hoàn thành nhiệm vụ 09 đồng chí, chiếm 1,41%.';
  test('each change against the share of its grade, the year carried into the next clause', () => {
    const c = points(year2024, 'Năm 2023, đảng viên hoàn thành xuất sắc nhiệm vụ 14,02%, hoàn thành tốt nhiệm vụ 74,10%, hoàn thành nhiệm vụ 10,05%, không hoàn thành nhiệm vụ 1,83%. Tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ năm 2024 tăng 1,29% so với năm 2023; tỷ lệ không hoàn thành nhiệm vụ giảm 0,24%.');
    // 15,31 − 14,02 = 1,29 holds; 1,41 − 1,83 = −0,42, not −0,24.
    expect(c.map((x) => [x.stated, x.verdict])).toEqual([['1,29%', 'consistent'], ['0,24%', 'inconsistent']]);
    expect(c[1].expected).toBe('0,42%');
  });
  test('"hoàn thành nhiệm vụ" is never the share of "không hoàn thành nhiệm vụ"', () => {
    const c = points(year2024, 'Năm 2023, tỷ lệ đảng viên hoàn thành nhiệm vụ là 11,20%. Tỷ lệ đảng viên không hoàn thành nhiệm vụ năm 2024 giảm 0,30% so với năm 2023.');
    expect(c).toEqual([]);
  });
  test('a change no share difference can be is relative to something unsaid: never called wrong', () => {
    const c = points(year2024, 'Năm 2023, không hoàn thành nhiệm vụ 12 đồng chí, chiếm 1,90%. Tỷ lệ đảng viên không hoàn thành nhiệm vụ năm 2024 giảm 30% so với năm 2023.');
    expect(c.filter((x) => x.verdict === 'inconsistent')).toEqual([]);
  });
});

describe('the earlier share written with the change', () => {
  test.each([
    ['Tỷ lệ hộ nghèo của xã còn 2,05%, giảm 1,62% (đầu nhiệm kỳ là 3,67%).', 'consistent'],
    ['Tỷ lệ hộ nghèo của xã còn 2,05%, giảm 1,26% (đầu nhiệm kỳ là 3,67%).', 'inconsistent'],
    ['Năm 2024 có 92 chi bộ, trong đó 81 chi bộ hoàn thành tốt nhiệm vụ trở lên (88,04%). So với năm 2021 (76/90 chi bộ, 84,44%), tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên tăng 3,60%.', 'consistent'],
    ['Có 512 đảng viên sinh hoạt nơi cư trú, trong đó 431 đồng chí đã báo cáo định kỳ với chi bộ (tỷ lệ 84,18%). Tỷ lệ báo cáo định kỳ tăng 7,81 điểm phần trăm so với năm 2023 (76,37%).', 'consistent'],
    ['Có 512 đảng viên sinh hoạt nơi cư trú, trong đó 431 đồng chí đã báo cáo định kỳ với chi bộ (tỷ lệ 84,18%). Tỷ lệ báo cáo định kỳ tăng 10,23 điểm phần trăm so với năm 2023 (76,37%).', 'inconsistent'],
  ])('%s', (text, verdict) => {
    expect(points(text).map((x) => x.verdict)).toEqual([verdict]);
  });
  test('a rate whose name no share answers to is left unread', () => {
    expect(points('Năm 2024 có 81 chi bộ hoàn thành tốt nhiệm vụ (88,04%). Tỷ lệ chi bộ sinh hoạt chuyên đề tăng 4,10% so với năm 2023 (80,10%).')).toEqual([]);
  });
});

describe('the rate of the whole, not of its last part', () => {
  const text = 'Toàn Đảng bộ có 3.112 đảng viên tham gia học tập trên tổng số 3.240 đảng viên, đạt 96,05%; trong đó: khối cơ quan 806/820 đảng viên, đạt 98,29%; khối xã 2.306/2.420 đảng viên, đạt 95,29%. So với năm 2023 (95,12%), tỷ lệ đảng viên tham gia học tập tăng 0,93 điểm %.';
  test('a change of the rate named is of the whole\'s rate (96,05 − 95,12)', () => {
    expect(points(text).map((c) => c.verdict)).toEqual(['consistent']);
  });
  test('and a wrong change of it is still found', () => {
    expect(points(text.replace('tăng 0,93', 'tăng 0,39')).map((c) => c.verdict)).toEqual(['inconsistent']);
  });
  test('a part\'s rate is the rate named when no rate of the whole answers to the name', () => {
    const c = points('Toàn tỉnh có 627 đảng viên đi làm ăn xa; trong đó 402 đồng chí đã liên hệ với chi bộ nơi cư trú (tỷ lệ 64,11%). Tỷ lệ liên hệ tăng 5,64 điểm phần trăm so với năm 2024 (58,47%).');
    expect(c.map((x) => x.verdict)).toEqual(['consistent']);
  });
});

describe('a rate from one value to another, and its change written after them', () => {
  test('"từ 3,12% (năm 2020) xuống còn 0,85% (cuối năm 2024), giảm 2,27 điểm %"', () => {
    const c = points('Tỷ lệ hộ nghèo giảm từ 2,94% (năm 2020) xuống còn 0,71% (cuối năm 2024), giảm 2,23 điểm %; tỷ lệ hộ cận nghèo từ 3,86% xuống còn 1,95%, giảm 1,19 điểm %.');
    expect(c.map((x) => x.verdict)).toEqual(['consistent', 'inconsistent']);
    expect(c[1].message).toContain('1,95% so với 3,86%:');
  });
});

describe('a change "điểm phần trăm" with the earlier share written after it', () => {
  test('"bằng 3,91% tổng số đảng viên đầu năm, tăng 0,45 điểm phần trăm so với năm 2023 (3,46%)"', () => {
    const text = (delta: string) => `Năm 2024 kết nạp 463 đảng viên, bằng 3,91% tổng số đảng viên đầu năm, tăng ${delta} điểm phần trăm so với năm 2023 (3,46%).`;
    expect(points(text('0,45')).map((c) => c.verdict)).toEqual(['consistent']);
    expect(points(text('0,54')).map((c) => c.verdict)).toEqual(['inconsistent']);
  });
});
