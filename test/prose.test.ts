import fc from 'fast-check';
import JSZip from 'jszip';
import { formatVi, exactFromDecimal, parseExportedText, roundHalfUp, scanParagraphs, Paragraph } from '../src/core';
import { tokenize } from '../src/core/prose/tokens';
import { readDocx } from '../src/docx/read';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const claims = (...texts: string[]) => scanParagraphs(body(...texts)).claims;
const wrong = (...texts: string[]) => claims(...texts).filter((c) => c.verdict === 'inconsistent');

describe('what is a figure', () => {
  test.each([
    ['Kế hoạch số 198-KH/TU ngày 04/8/2023', []],
    ['Nghị quyết số 96/20.../QH..., nhiệm kỳ 2020 - 2025', []],
    ['Từ 18 - 30 tuổi 5.516 đồng chí', ['5.516']],
    ['2.067 Huy hiệu 30 năm tuổi Đảng', ['2.067']],
    ['Năm 2018, toàn tỉnh có 525 tổ chức', ['525']],
    ['từ 56 - 60 tuổi 2445, chiếm 7,29%', ['2445', '7,29%']],
    ['từ 15 - 20 người', []],
    ['có ...97 đồng chí', []],
  ])('%s', (text, figures) => {
    expect(tokenize(text).filter((t) => t.kind === 'count' || t.kind === 'percent').map((t) => t.text)).toEqual(figures);
  });
});

describe('patterns', () => {
  test('gồm: parts must add up to the total', () => {
    expect(claims('498 tổ chức cơ sở đảng (gồm 171 đảng bộ cơ sở, 327 chi bộ cơ sở)')[0]).toMatchObject({ kind: 'sum', verdict: 'consistent' });
    expect(wrong('498 tổ chức cơ sở đảng (gồm 171 đảng bộ cơ sở, 357 chi bộ cơ sở)')[0]).toMatchObject({ kind: 'sum', stated: '498', expected: '528' });
  });
  test('a parenthesis with an unnumbered item says nothing', () => {
    expect(claims('11 đảng bộ trực thuộc (05 huyện, 01 thị xã, 02 thành phố, Đảng bộ Công an tỉnh)')).toEqual([]);
  });
  test('trong đó over different dimensions: each part at most the total', () => {
    expect(claims('Tổng số đảng viên là 33.509, trong đó: nữ 11.262 đồng chí; dân tộc thiểu số 654; tôn giáo 539 đảng viên')[0]).toMatchObject({ kind: 'subset', verdict: 'consistent' });
  });
  test('trong đó naming both types of base organization is the full breakdown', () => {
    expect(wrong('525 tổ chức cơ sở Đảng (TCCSĐ) trong đó (167 Đảng bộ cơ sở, 368 chi bộ cơ sở)')[0]).toMatchObject({ kind: 'sum', expected: '535' });
  });
  test('chiếm: a share of the total stated earlier, with the base reported', () => {
    const [c] = claims('Đảng bộ có 33.509 đảng viên.', 'Tiểu học 425 đồng chí, chiếm 1,27%; Trung học cơ sở 4.098 đồng chí, chiếm 12,23%');
    expect(c).toMatchObject({ kind: 'share', verdict: 'consistent', base: '33.509' });
    expect(c.message).toContain('tính trên 33.509');
  });
  test('truncation is "làm tròn sai", not wrong', () => {
    const [c] = claims('Đảng bộ có 33.509 đảng viên.', 'Tiểu học 425 đồng chí, chiếm 1,26%; Trung học cơ sở 4.098 đồng chí, chiếm 12,23%');
    expect(c).toMatchObject({ verdict: 'rounding', expected: '1,27%' });
    expect(c.fix).toMatchObject({ value: '1,27%', why: 'truncation' });
  });
  test('fraction with a share', () => {
    expect(claims('Có 516/520, chiếm 99,23% tổ chức hoàn thành tốt nhiệm vụ')[0]).toMatchObject({ kind: 'share', verdict: 'consistent' });
    expect(wrong('Có 516/520, chiếm 99,32% tổ chức hoàn thành tốt nhiệm vụ')[0]).toMatchObject({ expected: '99,23%' });
  });
  test('a fraction whose part exceeds its whole', () => {
    expect(wrong('đạt 09/08 đơn vị')[0]).toMatchObject({ kind: 'fraction' });
  });
  test('từ … xuống còn … (giảm … và …)', () => {
    expect(claims('từ 101 phòng xuống còn 88 phòng (giảm 08 Phòng Y tế và 05 Phòng Dân tộc)')[0]).toMatchObject({ kind: 'difference', verdict: 'consistent' });
    expect(wrong('từ 101 phòng xuống còn 88 phòng (giảm 08 Phòng Y tế và 06 Phòng Dân tộc)')[0]).toMatchObject({ kind: 'difference', stated: '14', expected: '13' });
  });
  test('giảm … so với … là …', () => {
    expect(claims('Đến nay có 492 đơn vị, giảm 42 đơn vị so với thời điểm 30/6/2017 là 534 đơn vị')[0]).toMatchObject({ kind: 'difference', verdict: 'consistent' });
    expect(wrong('Đến nay có 492 đơn vị, giảm 24 đơn vị so với thời điểm 30/6/2017 là 534 đơn vị')[0]).toMatchObject({ expected: '42', fix: { value: '42', why: 'transposition' } });
  });
  test('a change of shares in points, checked against the year it names (both readings)', () => {
    const points = claims('Năm 2018 có 516/520 tổ chức hoàn thành tốt nhiệm vụ, chiếm 99,23%.', 'Năm 2019 có 518/520, chiếm 99,61% (tăng 0,38% so với năm 2018).').find((c) => c.kind === 'points');
    expect(points).toMatchObject({ verdict: 'consistent' });
    expect(points!.message).toContain('đọc theo điểm phần trăm');
    const wrongPoints = claims('Năm 2018 đạt 99,23%.', 'Năm 2019 đạt 99,61% (tăng 0,83% so với năm 2018).').find((c) => c.kind === 'points');
    expect(wrongPoints).toMatchObject({ verdict: 'inconsistent', expected: '0,38%', fix: { value: '0,38%', why: 'transposition' } });
    const relative = claims('Năm 2018 đạt 66,48%.', 'Năm 2019 đạt 68,57% (tăng 3,14% so với năm 2018).').find((c) => c.kind === 'points');
    expect(relative!.message).toContain('đọc theo so sánh tương đối');
  });
  test('a comparison naming the wrong term', () => {
    const text = ['Báo cáo tổng kết nhiệm kỳ 2020 - 2025.', 'Trong nhiệm kỳ 2020 - 2025 kết nạp 5.000 đảng viên, tăng 300 so với nhiệm kỳ 2010 - 2015.'];
    expect(claims(...text).find((c) => c.kind === 'term-label')).toMatchObject({ verdict: 'inconsistent', stated: '2010 - 2015', expected: '2015 - 2020' });
    const right = ['Báo cáo tổng kết nhiệm kỳ 2020 - 2025.', 'Trong nhiệm kỳ 2020 - 2025 kết nạp 5.000 đảng viên, tăng 300 so với nhiệm kỳ 2015 - 2020.'];
    expect(claims(...right).find((c) => c.kind === 'term-label')).toMatchObject({ verdict: 'consistent' });
  });
  test('the same quantity twice with two values', () => {
    const c = wrong('đảng viên người dân tộc thiểu số 654 (Khmer 414, Hoa 227, dân tộc khác 13)', 'đảng viên là người dân tộc thiểu số 564 đồng chí');
    expect(c.find((x) => x.kind === 'cross')).toMatchObject({ stated: '564', expected: '654', fix: { value: '654', why: 'transposition' } });
  });
  test('…but not across two dates', () => {
    expect(wrong('Năm 2018 có 167 đảng bộ cơ sở trực thuộc tỉnh', 'Năm 2023 có 171 đảng bộ cơ sở trực thuộc tỉnh').filter((c) => c.kind === 'cross')).toEqual([]);
  });
  test('shares of a list summing to 100% make the list complete: its counts must make the base', () => {
    const c = wrong('Đảng bộ có 33.509 đảng viên.', 'Tiểu học 425 đồng chí, chiếm 1,27%; Trung học cơ sở 4.098 đồng chí, chiếm 12,23%; THPT 28.906 đồng chí, chiếm 86,50%.');
    expect(c.map((x) => x.kind).sort()).toEqual(['share', 'sum']);
    expect(c.every((x) => x.fix?.text === '28.906' && x.fix.value === '28.986')).toBe(true);
  });
  test('a figure written in a table of the workbook is compared with its cell', () => {
    const r = scanParagraphs(body('Toàn tỉnh có 498 tổ chức, trong đó 171 đảng bộ cơ sở và 327 chi bộ cơ sở.'), {
      tables: [{ label: 'Chi bộ cơ sở', period: '2023', value: exactFromDecimal('357'), where: 'Biểu 1!D8' }],
    });
    expect(r.claims.find((c) => c.kind === 'cross')).toMatchObject({ verdict: 'inconsistent', stated: '327', expected: '357' });
    expect(r.claims.find((c) => c.kind === 'cross')!.message).toContain('Biểu 1!D8');
  });
});

describe('generated consistent sentences are never flagged (property)', () => {
  test('a total with its shares, all rounded half up', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 20000 }), { minLength: 2, maxLength: 6 }), fc.integer({ min: 0, max: 2 }), (parts, decimals) => {
        const total = parts.reduce((a, b) => a + b, 0);
        const labels = ['Tiểu học', 'Trung học cơ sở', 'Trung học phổ thông', 'Trung cấp', 'Cao đẳng', 'Đại học'];
        const items = parts.map((p, i) => {
          const share = roundHalfUp(exactFromDecimal(String(p)).mul(100).div(total), decimals);
          return `${labels[i]} ${formatVi(exactFromDecimal(String(p)))} đồng chí, chiếm ${formatVi(share, { decimals, percent: true })}`;
        });
        const text = `Tổng số đảng viên là ${formatVi(exactFromDecimal(String(total)))}.`;
        const r = scanParagraphs(body(text, `Về trình độ: ${items.join('; ')}.`));
        return r.summary.inconsistent === 0 && r.summary.rounding === 0;
      }),
      { numRuns: 150 },
    );
  });
  test('a breakdown in parentheses that adds up', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 9999 }), { minLength: 2, maxLength: 5 }), (parts) => {
        const total = parts.reduce((a, b) => a + b, 0);
        const names = ['đảng bộ xã', 'đảng bộ phường', 'chi bộ ấp', 'chi bộ khu vực', 'chi bộ cơ quan'];
        const text = `Có ${formatVi(exactFromDecimal(String(total)))} tổ chức (gồm ${parts.map((p, i) => `${formatVi(exactFromDecimal(String(p)))} ${names[i]}`).join(', ')}).`;
        return scanParagraphs(body(text)).summary.inconsistent === 0;
      }),
      { numRuns: 150 },
    );
  });
});

describe('reading documents', () => {
  test('the drafts\' export format: footnote references and footnote texts', () => {
    const paragraphs = parseExportedText('Tiêu đề\nĐoạn một có 4.072 Huy hiệu[\n]. Tiếp theo.\n\n[\uFFFD] trong đó: 2.067 Huy hiệu 30 năm tuổi Đảng, 2.005 Huy hiệu 40 năm tuổi Đảng.\n');
    expect(paragraphs.map((p) => p.location)).toEqual(['body', 'body', 'footnote 1']);
    expect(paragraphs[1]).toMatchObject({ text: 'Đoạn một có 4.072 Huy hiệu. Tiếp theo.', notes: [{ at: 26, footnote: 1 }], line: 2 });
    const r = scanParagraphs(paragraphs);
    expect(r.claims.find((c) => c.location === 'footnote 1')).toMatchObject({ kind: 'subset', verdict: 'consistent' });
  });

  test('a .docx: body paragraphs, footnotes numbered in order of reference', async () => {
    const zip = new JSZip();
    const p = (inner: string) => `<w:p><w:r><w:t xml:space="preserve">${inner}</w:t></w:r></w:p>`;
    zip.file(
      'word/document.xml',
      `<?xml version="1.0"?><w:document xmlns:w="x"><w:body>${p('Báo cáo')}<w:p><w:r><w:t>Trao tặng 4.072 Huy hiệu</w:t></w:r><w:r><w:footnoteReference w:id="7"/></w:r><w:r><w:t> &amp; tiếp.</w:t></w:r></w:p></w:body></w:document>`,
    );
    zip.file('word/footnotes.xml', `<?xml version="1.0"?><w:footnotes xmlns:w="x"><w:footnote w:type="separator" w:id="-1">${p('')}</w:footnote><w:footnote w:id="7">${p('trong đó: 2.067 Huy hiệu 30 năm tuổi Đảng, 2.003 Huy hiệu 40 năm tuổi Đảng, 3 Huy hiệu 45 năm tuổi Đảng')}</w:footnote></w:footnotes>`);
    const paragraphs = await readDocx(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(paragraphs.map((x) => [x.location, x.text])).toEqual([
      ['body', 'Báo cáo'],
      ['body', 'Trao tặng 4.072 Huy hiệu & tiếp.'],
      ['footnote 1', 'trong đó: 2.067 Huy hiệu 30 năm tuổi Đảng, 2.003 Huy hiệu 40 năm tuổi Đảng, 3 Huy hiệu 45 năm tuổi Đảng'],
    ]);
    expect(paragraphs[1].notes).toEqual([{ at: 24, footnote: 1 }]);
    const r = scanParagraphs(paragraphs);
    expect(r.claims.find((c) => c.location === 'footnote 1')).toMatchObject({ kind: 'sum', verdict: 'inconsistent', stated: '4.072', expected: '4.073' });
  });
});
