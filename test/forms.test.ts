// The official forms in the library: each one's sample figures obey the rules the form writes down (its column-number
// row, its "Cộng (1+…+11)", D = A + B − C, sums, subsets, averages within their bands), checked here on the numbers
// themselves, not by the checker; and each form inserted by `template new`, filled and recalculated by LibreOffice Calc,
// computes what the library says its formulas give.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildLibraryTable, LIBRARY } from '../src/core';
import type { LibraryEntry } from '../src/core';
import { periodsIn } from '../src/core/table/periods';
import { runCli } from './helpers/cli';
import { recalculate } from './helpers/calc';

const FORM_IDS = ['bieu-1', 'bieu-2', 'bieu-3', 'bieu-5', 'bieu-6f', 'bieu-7', 'bieu-8b', 'bieu-10', 'bieu-11', 'bieu-13', 'xep-loai-124'];
const entry = (id: string) => LIBRARY.find((e) => e.id === id)!;

/** A form built for 2025, read back by row (index in the entry's rows) and column. */
function form(id: string) {
  const e = entry(id);
  const built = buildLibraryTable(e, periodsIn('2025')[0], e.sheet);
  const cells = built.sample.cells;
  const labelCol = e.columns.findIndex((c) => c.kind === 'label');
  const bodyTop = cells.findIndex((r) => r[labelCol]?.value === e.rows[0].label);
  const raw = (i: number, c: number) => cells[bodyTop + i]?.[c]?.value;
  const fig = (i: number, c: number) => {
    const v = raw(i, c);
    if (typeof v !== 'number') throw new Error(`${id}: row ${i} ("${e.rows[i].label}") column ${c} is ${JSON.stringify(v)}`);
    return v;
  };
  const row = (label: string, from = 0) => {
    const i = e.rows.findIndex((r, k) => k >= from && r.label === label);
    if (i < 0) throw new Error(`${id}: no row "${label}"`);
    return i;
  };
  const figureCols = e.columns.map((c, j) => (c.kind === 'value' || c.kind === 'sum' ? j : -1)).filter((j) => j >= 0);
  const counted = e.rows.map((r, i) => (r.sample || r.sum) && !r.average ? i : -1).filter((i) => i >= 0);
  return { e, built, cells, bodyTop, raw, fig, row, figureCols, counted, sum: (rows: number[], c: number) => rows.reduce((t, i) => t + fig(i, c), 0) };
}
type Form = ReturnType<typeof form>;

/** The rows after `from` up to the next row that is not a part (a heading, or a row at the parent's level). */
function partsAfter(f: Form, from: number, marker: RegExp): number[] {
  const out: number[] = [];
  for (let i = from + 1; i < f.e.rows.length; i++) {
    const label = f.e.rows[i].stt ?? f.e.rows[i].label;
    if (marker.test(label) && !f.e.rows[i].average) out.push(i);
    else if (!/^[+]/.test(label) && !/^Trong đó/.test(f.e.rows[i].label)) break;
  }
  return out;
}

function expectSum(f: Form, parent: number, parts: number[], cols = f.figureCols) {
  for (const c of cols) expect([f.e.rows[parent].label, c, f.sum(parts, c)]).toEqual([f.e.rows[parent].label, c, f.fig(parent, c)]);
}
function expectAtMost(f: Form, parent: number, parts: number[], cols = f.figureCols) {
  for (const c of cols) for (const p of parts) expect([f.e.rows[p].label, c, f.fig(p, c) <= f.fig(parent, c)]).toEqual([f.e.rows[p].label, c, true]);
}
/** An average age lies between the averages the bands' lower and upper bounds give. */
function expectAverageInBands(f: Form, avgRow: number, bands: number[], bounds: [number, number][], c: number) {
  const n = f.sum(bands, c);
  const low = bands.reduce((t, b, k) => t + f.fig(b, c) * bounds[k][0], 0) / n;
  const high = bands.reduce((t, b, k) => t + f.fig(b, c) * bounds[k][1], 0) / n;
  expect(f.fig(avgRow, c)).toBeGreaterThanOrEqual(low);
  expect(f.fig(avgRow, c)).toBeLessThanOrEqual(high);
}
const MEMBER_AGE_BOUNDS: [number, number][] = [[18, 30], [31, 35], [36, 40], [41, 45], [46, 50], [51, 55], [56, 60], [61, 100]];

/** The column rules a column-number row writes ("2 (=3+4)", "3=4+6+8", "2 (=3+…+12)"), as column indexes. */
function writtenColumnSums(e: LibraryEntry): { total: number; parts: number[] }[] {
  const at = (n: number) => e.numbers!.findIndex((t) => parseInt(t, 10) === n);
  return (e.numbers ?? []).flatMap((text) => {
    const m = /^(\d+)\s*\(?=\s*([\d+….]+)\)?$/.exec(text);
    if (!m) return [];
    const range = /^(\d+)\+(?:…|\.+)\+(\d+)$/.exec(m[2]);
    const numbers = range ? Array.from({ length: +range[2] - +range[1] + 1 }, (_, k) => +range[1] + k) : m[2].split('+').map(Number);
    return [{ total: at(+m[1]), parts: numbers.map(at) }];
  });
}

describe('the official forms in the library', () => {
  test('are all listed, with the codes and names of forms.md', () => {
    const ids = LIBRARY.map((e) => e.id);
    for (const id of FORM_IDS) expect(ids).toContain(id);
    expect(entry('bieu-5').numbers).toEqual(['1', '2 (=3+4)', '3', '4', '5', '6', '7']);
    expect(entry('bieu-8b').numbers).toEqual(['1', '2', '3 (=4+8)', '4 (=5+6+7)', '5', '6', '7', '8 (=9+10+11)', '9', '10', '11']);
    expect(entry('bieu-10').numbers).toEqual(['1', '2', '3=4+6+8', '4', '5', '6', '7', '8', '9=10+11', '10', '11']);
    expect(entry('bieu-11').numbers!.slice(0, 3)).toEqual(['1', '2 (=3+…+12)', '3']);
    for (const id of ['bieu-1', 'bieu-2', 'bieu-3', 'bieu-7']) expect(entry(id).numbers).toEqual(['1', '2', '3', '4(=2*100/3)']);
    expect(entry('bieu-5').rows.at(-1)!.label).toBe('Cộng (1+….+11)');
  });

  test.each(FORM_IDS)('%s: the column-number row, title, unit and header sit where the form prints them', (id) => {
    const f = form(id);
    const width = f.e.columns.length;
    expect(f.cells[0][0]?.value).toBe(f.e.title({ current: '2025', previous: '2024' }));
    expect(String(f.cells[0][0]?.value)).toMatch(/NĂM 2025$/);
    if (f.e.subtitle) expect(f.cells[1][0]?.value).toBe('Có đến 31/12/2025');
    expect(String(f.cells[1][width - 1]?.value)).toMatch(/^(Đvt|Đơn vị tính): /);
    if (f.e.numbers) expect(f.cells[f.bodyTop - 1].slice(0, width).map((c) => String(c?.value))).toEqual(f.e.numbers);
    expect(f.bodyTop).toBe(3 + f.e.header({ current: '2025', previous: '2024' }).length + (f.e.numbers ? 1 : 0));
  });

  test.each(FORM_IDS.filter((id) => entry(id).numbers?.some((t) => /=\s*\d+\+/.test(t))))('%s: every written column rule holds on every row of the sample', (id) => {
    const f = form(id);
    const rules = writtenColumnSums(f.e);
    expect(rules.length).toBeGreaterThan(0);
    for (const i of f.counted) for (const { total, parts } of rules) expect([f.e.rows[i].label, total, parts.reduce((t, c) => t + f.fig(i, c), 0)]).toEqual([f.e.rows[i].label, total, f.fig(i, total)]);
  });

  test.each(FORM_IDS.filter((id) => entry(id).columns.some((c) => c.kind === 'ratio')))('%s: the index column is Kỳ này / Cùng kỳ × 100, blank when either is blank', (id) => {
    const f = form(id);
    const layout = new Map(f.built.layout.cells.map((c) => [c.cell, c]));
    for (const i of f.counted) {
      const r = f.bodyTop + i + 1;
      expect(layout.get(`D${r}`)!.formula).toBe(`IF(OR(B${r}="",C${r}="",C${r}=0),"",ROUND(B${r}/C${r}*100,2))`);
      const [now, before] = [f.fig(i, 1), f.fig(i, 2)];
      expect(f.raw(i, 3)).toBe(before === 0 ? null : Math.round((now / before) * 100 * 100) / 100);
      expect(layout.get(`D${r}`)!.result).toBe(''); // the empty form shows no 0 and no #DIV/0!
    }
  });

  test('Biểu 1: B = 1+2+3, C = 1+…+5, D = A + B − C in both columns, A of this year is D of last year', () => {
    const f = form('bieu-1');
    const [A, B, C, D] = ['A', 'B', 'C', 'D'].map((l) => f.e.rows.findIndex((r) => r.label.startsWith(`${l} - `)));
    expectSum(f, B, [f.row('1. Kết nạp'), f.row('2. Chuyển đến'), f.row('3. Phục hồi đảng tịch')]);
    expectSum(f, f.row('2. Chuyển đến'), partsAfter(f, f.row('2. Chuyển đến'), /^[ab]\. /));
    expectSum(f, C, ['1. Từ trần', '2. Khai trừ', '3. Xóa tên', '4. Xin ra khỏi Đảng', '5. Chuyển đi'].map((l) => f.row(l, C)));
    expectSum(f, f.row('5. Chuyển đi'), partsAfter(f, f.row('5. Chuyển đi'), /^[ab]\. /));
    expectAtMost(f, f.row('3. Xóa tên'), [f.row('Trong đó: Đảng viên dự bị')]);
    for (const c of [1, 2]) expect(f.fig(D, c)).toBe(f.fig(A, c) + f.fig(B, c) - f.fig(C, c));
    expect(f.fig(A, 1)).toBe(f.fig(D, 2));
    expect(f.built.layout.cells.find((c) => c.cell === `B${f.bodyTop + D + 1}`)!.formula).toBe(`B${f.bodyTop + A + 1}+B${f.bodyTop + B + 1}-B${f.bodyTop + C + 1}`);
  });

  test('Biểu 2: occupations, ages and schooling add up to I, the partial blocks and the subsets do not exceed it, the average age fits its bands', () => {
    const f = form('bieu-2');
    const I = 0;
    expectAtMost(f, I, partsAfter(f, I, /^- /));
    const dn = f.row('- Lãnh đạo, quản lý và lao động trong các doanh nghiệp, chia ra:');
    expectSum(f, dn, partsAfter(f, dn, /^\+ /));
    expectSum(f, I, partsAfter(f, f.row('1. Nghề nghiệp'), /^- /));
    const bands = partsAfter(f, f.row('2. Tuổi đời'), /^- (Từ|Trên)/);
    expect(bands).toHaveLength(8);
    expectSum(f, I, bands);
    for (const c of [1, 2]) expectAverageInBands(f, f.row('- Tuổi bình quân'), bands, MEMBER_AGE_BOUNDS, c);
    expectSum(f, I, partsAfter(f, f.row('3. Trình độ giáo dục phổ thông'), /^- /));
    for (const block of ['4. Trình độ chuyên môn nghiệp vụ', '5. Chức danh khoa học']) for (const c of [1, 2]) expect(f.sum(partsAfter(f, f.row(block), /^- /), c)).toBeLessThanOrEqual(f.fig(I, c));
    const III = f.row('III. Số tổ chức cơ sở đảng có đến cuối kỳ báo cáo');
    expectSum(f, III, [f.row('1. Đảng bộ cơ sở', III), f.row('2. Chi bộ cơ sở', III)]);
    for (const kind of ['1. Đảng bộ cơ sở', '2. Chi bộ cơ sở']) expectAtMost(f, f.row(kind, III), partsAfter(f, f.row(kind, III) + 1, /^\+ /));
  });

  test('Biểu 3: a + b = I, ages, admission periods and schooling add up to I, partial blocks and subsets do not exceed it', () => {
    const f = form('bieu-3');
    const I = 0;
    expectAtMost(f, I, partsAfter(f, f.row('Trong đó:'), /^- /));
    const a = f.row('a. Đảng viên đang làm việc và công tác');
    const b = f.row('b. Đảng viên đã nghỉ hưu và nghỉ công tác');
    expectSum(f, I, [a, b]);
    expectSum(f, f.row('1. Nghề nghiệp'), [a, b]);
    expectSum(f, a, partsAfter(f, a, /^- /));
    expectAtMost(f, b, [b + 1]);
    const bands = partsAfter(f, f.row('2. Tuổi đời'), /^- (Từ|Trên)/);
    expectSum(f, I, bands);
    for (const c of [1, 2]) expectAverageInBands(f, f.row('- Tuổi bình quân'), bands, MEMBER_AGE_BOUNDS, c);
    for (const block of ['3. Thời gian kết nạp vào Đảng', '4. Trình độ giáo dục phổ thông']) expectSum(f, I, partsAfter(f, f.row(block), /^- /));
    for (const block of ['5. Trình độ chuyên môn nghiệp vụ', '6. Chức danh khoa học', '7. Trình độ lý luận chính trị'])
      for (const c of [1, 2]) expect(f.sum(partsAfter(f, f.row(block), /^- /), c)).toBeLessThanOrEqual(f.fig(I, c));
  });

  test('Biểu 5: Cộng = 1+…+11 in every column, 6 = a+b, 9 = a+b+c, a and b = their dashes, the "Trong đó" row within its row', () => {
    const f = form('bieu-5');
    const top = f.e.rows.map((r, i) => (/^\d+\. /.test(r.label) ? i : -1)).filter((i) => i >= 0);
    expect(top).toHaveLength(11);
    expectSum(f, f.row('Cộng (1+….+11)'), top);
    expectSum(f, f.row('6. Đơn vị sự nghiệp, gồm:'), partsAfter(f, f.row('6. Đơn vị sự nghiệp, gồm:'), /^[ab]\) /));
    const nine = f.row('9. Doanh nghiệp và hợp tác xã');
    expectSum(f, nine, [f.row('a) DN có vốn Nhà nước'), f.row('b) DN ngoài khu vực Nhà nước'), f.row('c) Hợp tác xã')]);
    for (const l of ['a) DN có vốn Nhà nước', 'b) DN ngoài khu vực Nhà nước']) expectSum(f, f.row(l), partsAfter(f, f.row(l), /^- /));
    expectAtMost(f, f.row('- DN có vốn nước ngoài'), [f.row('Trong đó: DN 100% vốn NN(ngoài)')]);
    // The province of the other forms: 498 base organizations (171 + 327), 1.523 chi bộ trực thuộc, members = Biểu 3 I.
    const total = f.row('Cộng (1+….+11)');
    expect([1, 2, 3, 5].map((c) => f.fig(total, c))).toEqual([498, 171, 327, 1523]);
  });

  test('the forms agree with each other: Biểu 1 D = Biểu 3 I = Biểu 5 Cộng col 7; Biểu 2 I = Biểu 1 kết nạp; Biểu 2 III = Biểu 5 Cộng col 2; Biểu 7 IV.2 = Biểu 1 chuyển đi/đến', () => {
    const [b1, b2, b3, b5, b7, rating, f6] = ['bieu-1', 'bieu-2', 'bieu-3', 'bieu-5', 'bieu-7', 'xep-loai-124', 'bieu-6f'].map(form);
    const D = b1.e.rows.length - 1;
    expect(b3.fig(0, 1)).toBe(b1.fig(D, 1));
    expect(b3.fig(0, 2)).toBe(b1.fig(D, 2));
    expect(b5.fig(b5.row('Cộng (1+….+11)'), 6)).toBe(b1.fig(D, 1));
    expect(b2.fig(0, 1)).toBe(b1.fig(b1.row('1. Kết nạp'), 1));
    expect(b2.fig(b2.row('III. Số tổ chức cơ sở đảng có đến cuối kỳ báo cáo'), 1)).toBe(b5.fig(b5.row('Cộng (1+….+11)'), 1));
    const official = b7.row('2. Số lượt chuyển sinh hoạt chính thức');
    expect(b7.fig(official + 1, 1)).toBe(b1.fig(b1.row('5. Chuyển đi'), 1));
    expect(b7.fig(official + 2, 1)).toBe(b1.fig(b1.row('2. Chuyển đến'), 1));
    expect(rating.fig(0, 2)).toBe(b1.fig(D, 1));
    expect(f6.fig(0, 3)).toBe(b1.fig(D, 1));
  });

  test('Biểu 6F: 1 = 2 + 3, each "Trong đó" within its row, 4.1–4.3 within 4', () => {
    const f = form('bieu-6f');
    const at = (stt: string) => f.e.rows.findIndex((r) => r.stt === stt);
    expectSum(f, at('1'), [at('2'), at('3')]);
    expectAtMost(f, at('3'), [at('3.1'), at('3.2'), f.row('Miễn công tác và sinh hoạt đảng'), f.row('Bị đình chỉ sinh hoạt đảng')]);
    for (const c of f.figureCols) expect(f.sum([at('4.1'), at('4.2'), at('4.3')], c)).toBeLessThanOrEqual(f.fig(at('4'), c));
    expect(f.e.rows.filter((r) => r.stt && /^\d\.\d$/.test(r.stt))).toHaveLength(5);
  });

  test('Biểu 7: every "chia ra" is the sum of its dashes, badges add up to II, cards to III, transfers to their lines', () => {
    const f = form('bieu-7');
    for (const [i, r] of f.e.rows.entries()) if (/chia ra:$/.test(r.label)) expectSum(f, i, partsAfter(f, i, /^- /));
    expectSum(f, f.row('1. Khen thưởng tổ chức đảng'), f.e.rows.map((r, i) => (/^[a-d]\) /.test(r.label) ? i : -1)).filter((i) => i >= 0));
    const II = f.row('II. Tặng huy hiệu đảng trong năm');
    expect(partsAfter(f, II, /^- Huy hiệu/)).toHaveLength(12);
    expectSum(f, II, partsAfter(f, II, /^- Huy hiệu/));
    expectSum(f, f.row('III. Phát thẻ đảng viên trong năm'), partsAfter(f, f.row('III. Phát thẻ đảng viên trong năm'), /^\d\. /));
    for (const l of ['1. Số lượt chuyển sinh hoạt tạm thời', '2. Số lượt chuyển sinh hoạt chính thức']) expectSum(f, f.row(l), partsAfter(f, f.row(l), /^- /));
  });

  test('Biểu 8B: ages add up to Tổng số, ngạch to CBCC, hạng to Viên chức; a total column\'s average age is its parts\' weighted average', () => {
    const f = form('bieu-8b');
    const block = (stt: string) => partsAfter(f, f.e.rows.findIndex((r) => r.stt === stt), /^-$/);
    expectSum(f, 0, partsAfter(f, 0, /^-$/));
    expectAtMost(f, 0, block('1'));
    const bands = block('2');
    expect(bands).toHaveLength(8);
    expectSum(f, 0, bands);
    expectSum(f, f.row('CBCC'), block('3'));
    expectSum(f, f.row('Viên chức'), block('4'));
    expectSum(f, 0, block('5'));
    for (const s of ['6', '7']) for (const c of f.figureCols) expect(f.sum(block(s), c)).toBeLessThanOrEqual(f.fig(0, c));
    const avg = f.row('Tuổi bình quân');
    const bounds: [number, number][] = [[18, 30], [31, 35], [36, 40], [41, 45], [46, 50], [51, 55], [56, 60], [61, 70]];
    for (const c of f.figureCols) expectAverageInBands(f, avg, bands, bounds, c);
    for (const { total, parts } of writtenColumnSums(f.e)) {
      const weighted = parts.reduce((t, c) => t + f.fig(avg, c) * f.fig(0, c), 0) / f.sum([0], total);
      expect(Math.abs(f.fig(avg, total) - weighted)).toBeLessThanOrEqual(0.05 + 1e-9);
    }
  });

  test('Biểu 10: each degree is the sum of its "+" lines, I.1 and I.2 of their degrees; leaders within their level', () => {
    const f = form('bieu-10');
    for (const [i, r] of f.e.rows.entries()) if (r.sum) expectSum(f, i, i === f.e.rows.findIndex((x) => x.stt === '1') || r.label === 'Đào tạo chính trị' ? f.e.rows[i].sum! : partsAfter(f, i, /^\+$/));
    const one = f.e.rows.findIndex((r) => r.label === 'Đào tạo chuyên môn');
    expectSum(f, one, ['Đại học', 'Thạc sỹ', 'Tiến sỹ'].map((l) => f.row(l)));
    expectSum(f, f.row('Đào tạo chính trị'), ['Trung cấp lý luận chính trị', 'Cao cấp lý luận chính trị', 'Cử nhân lý luận chính trị'].map((l) => f.row(l)));
    for (const i of f.counted) {
      expect(f.fig(i, 4)).toBeLessThanOrEqual(f.fig(i, 3));
      expect(f.fig(i, 6)).toBeLessThanOrEqual(f.fig(i, 5));
    }
    expect(String(f.cells[1][10]?.value)).toBe('Đvt: Người (cột 9, 10, 11: lớp)');
  });

  test('Biểu 11, 13 and the rating form: ages add up to TỔNG SỐ, TỔNG SỐ = 1 + 2, levels add up to the rated, the bases print 100,00 and "X" where no share is asked', () => {
    const l = form('bieu-11');
    expectSum(l, 0, partsAfter(l, l.row('1. Tuổi đời'), /^- /));
    expectAtMost(l, 0, partsAfter(l, l.row('*Trong đó:'), /^- /));
    for (const block of ['2. Trình độ chuyên môn nghiệp vụ', '3. Trình độ lý luận chính trị']) for (const c of l.figureCols) expect(l.sum(partsAfter(l, l.row(block), /^- /), c)).toBeLessThanOrEqual(l.fig(0, c));

    const b = form('bieu-13');
    expectSum(b, 0, [b.row('1. Bổ nhiệm'), b.row('2. Giới thiệu ứng cử')]);
    expectAtMost(b, b.row('1. Bổ nhiệm'), [b.row('Trong đó: Bổ nhiệm lại')]);

    const r = form('xep-loai-124');
    const II = r.e.rows.findIndex((x) => x.stt === 'II');
    expectSum(r, 0, [1, 2, 4]);
    expectSum(r, II, [II + 1, II + 2, II + 3, II + 4]);
    expect(r.fig(II, 2)).toBe(r.fig(r.row('Đã được đánh giá'), 2));
    expect(r.fig(0, 3)).toBe(100);
    expect(r.fig(II, 3)).toBe(100);
    expect(r.raw(r.row('Trong đó: Đảng viên mới kết nạp dưới 6 tháng'), 3)).toBe('X');
    expectAtMost(r, r.row('Chưa được đánh giá'), [r.row('Trong đó: Đảng viên mới kết nạp dưới 6 tháng')], [2]);
    for (const [i, base] of [[1, 0], [2, 0], [4, 0], [II + 1, II], [II + 4, II]]) expect(r.fig(i, 3)).toBe(Math.round((r.fig(i, 2) / r.fig(base, 2)) * 10000) / 100);
    expect(r.e.rows.slice(II + 1).map((x) => x.label)).toEqual(['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ', 'Không hoàn thành nhiệm vụ']);
  });
});

/** What Calc saved as each formula's result, read from the sheet's XML: exceljs drops a cached 0. */
function cachedResults(path: string): Map<string, number | string> {
  const xml = execFileSync('unzip', ['-p', path, 'xl/worksheets/sheet1.xml'], { encoding: 'utf8' });
  const out = new Map<string, number | string>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(.*?)<\/c>/g)) {
    if (!m[3].includes('<f')) continue;
    const v = /<v>(.*?)<\/v>/.exec(m[3])?.[1] ?? '';
    out.set(m[1], /t="(str|s|inlineStr)"/.test(m[2]) || v === '' ? v : Number(v));
  }
  return out;
}

describe('the official forms from template new, in LibreOffice Calc', () => {
  const dir = mkdtempSync(join(tmpdir(), 'soatso-forms-'));

  test.each(FORM_IDS)('%s: inserted for 2025, filled with the sample and recalculated, every formula gives the library\'s result', async (id) => {
    const e = entry(id);
    const out = join(dir, `${id}.xlsx`);
    const made = await runCli('template', 'new', id, '--period', '2025', '-o', out);
    expect(made.code).toBe(0);
    const listed = await runCli('template', 'library');
    expect(listed.out).toContain(`${id.padEnd(28)} ${e.name}`);
    const built = buildLibraryTable(e, periodsIn('2025')[0], e.sheet);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet(e.sheet)!;
    expect(String(ws.getCell('A1').value)).toMatch(/NĂM 2025$/);
    const sample = new Map(built.sample.cells.flatMap((r, i) => r.map((c, j) => [`${i},${j}`, c] as const)));
    for (const [key, c] of sample) {
      const [i, j] = key.split(',').map(Number);
      if (c && !c.formula && typeof c.value === 'number' && i >= 3) ws.getCell(i + 1, j + 1).value = c.value;
    }
    const filled = join(dir, `${id}-da-dien.xlsx`);
    await wb.xlsx.writeFile(filled);
    const back = cachedResults(recalculate(filled, dir));
    const formulas = built.layout.cells.filter((c) => c.formula);
    expect(formulas.length).toBeGreaterThan(0);
    for (const c of formulas) {
      const result = back.get(c.cell);
      const expected = sample.get(`${/\d+/.exec(c.cell)![0] as unknown as number - 1},${c.cell.charCodeAt(0) - 65}`)?.value;
      expect([c.cell, result ?? '']).toEqual([c.cell, expected ?? '']);
    }
  }, 180_000);
});
