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
  });
  test('with no term in its paragraph, a mismatch with the report\'s term is only ambiguous', () => {
    const c = claims('Báo cáo nhiệm kỳ 2020 - 2025.', 'Tổng kết nhiệm kỳ 2020 - 2025.', 'Số cán bộ tăng 14 đồng chí so với nhiệm kỳ 2010 - 2015.').find((x) => x.kind === 'term-label');
    expect(c).toMatchObject({ verdict: 'ambiguous' });
  });
});
