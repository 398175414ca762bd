import { checkWorkbook, detectTables } from '../src/core';
import { parseStt } from '../src/core/table/stt';
import { classifyColumn } from '../src/core/table/columns';
import { inferHierarchy, RowInput } from '../src/core/table/hierarchy';
import { periodsIn } from '../src/core/table/periods';
import { dimensionOf } from '../src/core/table/dimensions';
import { sheet } from './helpers/sheet';

const rows = (...spec: [string, string, boolean?][]): RowInput[] =>
  spec.map(([stt, label, hasFigures = true], i) => ({ row: 10 + i, sttText: stt, label, indent: 0, hasFigures }));

describe('STT numbering', () => {
  test.each([
    ['I', 'roman', 1],
    ['II.', 'roman', 1],
    ['1', 'arabic', 2],
    ['1.2', 'dotted', 3],
    ['1.2.3', 'dotted', 4],
    ['a', 'letter', 8],
    ['b)', 'letter', 8],
    ['-', 'dash', 9],
    ['+', 'plus', 10],
  ])('%s is %s', (token, kind, rank) => {
    expect(parseStt(token)).toMatchObject({ kind, rank });
  });
  test('a label is not numbering', () => {
    expect(parseStt('Tổng số')).toBeUndefined();
  });
  test('digits and dots read directly as the patterns read them', () => {
    expect(parseStt('12')).toEqual({ kind: 'arabic', token: '12', rank: 2 });
    expect(parseStt('12.')).toEqual({ kind: 'arabic', token: '12.', rank: 2 });
    expect(parseStt('1.2')).toEqual({ kind: 'dotted', token: '1.2', rank: 3 });
    expect(parseStt('1.2.3.')).toEqual({ kind: 'dotted', token: '1.2.3.', rank: 4 });
    for (const none of ['.5', '1..2', '1..', '.', '..', '1.2..']) expect([none, parseStt(none)]).toEqual([none, undefined]);
    expect(parseStt(' 1.2 ')).toEqual({ kind: 'dotted', token: '1.2', rank: 3 });
  });
});

describe('row hierarchy inferred again (districts of one template)', () => {
  test('is the same, and each caller’s own to change', () => {
    const fresh = () => rows(['1', 'Khối 1'], ['1.1', 'Đơn vị 1.1'], ['1.2', 'Đơn vị 1.2'], ['2', 'Khối 2'], ['2.1', 'Đơn vị 2.1']);
    const first = inferHierarchy(fresh());
    const snapshot = structuredClone(first);
    first.rows[0].level = 99;
    first.groups[0].parts.push(-1);
    expect(inferHierarchy(fresh())).toEqual(snapshot);
  });
});

describe('periods', () => {
  test('terms, years, dates and year pairs', () => {
    expect(periodsIn('Nhiệm kỳ 2015 - 2020').map((p) => p.label)).toEqual(['2015 - 2020']);
    expect(periodsIn('Nhiệm kỳ 2020-2025')[0]).toMatchObject({ kind: 'term', label: '2020 - 2025' });
    expect(periodsIn('Năm 2023')[0]).toMatchObject({ kind: 'year', label: '2023' });
    expect(periodsIn('So sánh 2023/2022').map((p) => p.label)).toEqual(['2023', '2022']);
    expect(periodsIn('đến 30/6/2017')[0]).toMatchObject({ kind: 'date', label: '30/6/2017' });
  });
});

describe('column roles', () => {
  test.each([
    [['STT'], 'stt'],
    [['Nội dung'], 'label'],
    [['Đơn vị tính'], 'unit'],
    [['Năm 2022'], 'value'],
    [['Năm 2022', 'Tỷ lệ (%)'], 'share'],
    [['Tăng (+), giảm (-)'], 'difference'],
    [['So sánh (%)'], 'ratio'],
    [['So sánh 2023/2022', 'Tăng (+), giảm (-)'], 'difference'],
    [['So sánh 2023/2022', 'Tỷ lệ (%)'], 'ratio'],
    [['Ghi chú'], 'note'],
  ])('%j is %s', (path, kind) => {
    expect(classifyColumn(path, false).kind).toBe(kind);
  });
  test('a change of shares is read in points', () => {
    expect(classifyColumn(['Tăng, giảm tỷ lệ (%)'], false)).toMatchObject({ kind: 'difference', points: true });
  });
});

describe('dimensions', () => {
  test.each([
    ['Chi bộ Trường THPT Buôn Hồ', 'admin-unit'],
    ['Đảng bộ Công an thị xã', 'admin-unit'],
    ['Phường An Lạc', 'admin-unit'],
    ['Chi bộ trực thuộc đảng ủy cơ sở', 'org-type'],
    ['Đảng bộ cơ sở', 'org-type'],
    ['Trung học phổ thông', 'education'],
    ['Nữ', 'gender'],
  ])('%s is a row of %s', (label, dimension) => {
    expect(dimensionOf(label)).toBe(dimension);
  });
});

describe('row hierarchy', () => {
  test('numbered children of a total row add up to it', () => {
    const h = inferHierarchy(rows(['', 'Tổng số'], ['1', 'Đảng bộ cơ sở'], ['2', 'Chi bộ cơ sở']));
    expect(h.groups).toEqual([{ parent: 10, parts: [11, 12], relation: 'sum', reading: 'total-row' }]);
    expect(h.totalRow).toBe(10);
  });

  test('unnumbered headings with no figures head the "-" rows under them: each block is checked against the total', () => {
    const h = inferHierarchy(
      rows(
        ['', 'Tổng số đảng viên'],
        ['', 'Trình độ giáo dục phổ thông', false],
        ['', '- Tiểu học'],
        ['', '- Trung học phổ thông'],
        ['', 'Trình độ chuyên môn', false],
        ['', '- Trung cấp'],
        ['', '- Đại học'],
      ),
    );
    expect(h.groups).toEqual([
      { parent: 10, parts: [12, 13], relation: 'sum', reading: 'gom' },
      { parent: 10, parts: [15, 16], relation: 'within', reading: 'partial' },
    ]);
  });

  test('two named headings under one total open two breakdowns of it, not a breakdown of the last row', () => {
    const h = inferHierarchy(
      rows(
        ['', 'Tổng số đảng viên'],
        ['', 'Chia theo độ tuổi:', false],
        ['', 'Dưới 30 tuổi'],
        ['', 'Từ 30 tuổi trở lên'],
        ['', 'Trình độ giáo dục phổ thông:', false],
        ['', 'Trung học cơ sở'],
        ['', 'Trung học phổ thông'],
      ),
    );
    expect(h.groups.map((g) => [g.parent, g.parts])).toEqual([
      [10, [12, 13]],
      [10, [15, 16]],
    ]);
  });

  test('numbered headings with no figures after "1 | Tổng số …" analyse that whole; "…, gồm:" makes its rows add up', () => {
    const h = inferHierarchy(
      rows(
        ['1', 'Tổng số cấp ủy viên'],
        ['2', 'Chia theo loại hình tổ chức, gồm:', false],
        ['+', 'Đảng ủy xã'],
        ['+', 'Chi ủy chi bộ cơ sở'],
        ['3', 'Trình độ chuyên môn, chia ra:', false],
        ['+', 'Đại học'],
        ['+', 'Thạc sĩ'],
      ),
    );
    expect(h.groups).toEqual([
      { parent: 10, parts: [12, 13], relation: 'sum', reading: 'gom' },
      { parent: 10, parts: [15, 16], relation: 'sum', reading: 'gom' },
    ]);
  });

  test('"II. Phân tích …" analyses block I; its numbered analyses are checked against I', () => {
    const h = inferHierarchy(
      rows(['I', 'Đảng viên trong danh sách'], ['II', 'Phân tích đội ngũ đảng viên', false], ['1', 'Tuổi đời', false], ['-', 'Dưới 30 tuổi'], ['-', 'Từ 30 tuổi trở lên']),
    );
    expect(h.groups).toEqual([{ parent: 10, parts: [13, 14], relation: 'sum', reading: 'gom' }]);
  });

  test('roman blocks with no figures are not read as analyses of block I', () => {
    const h = inferHierarchy(rows(['I', 'Tổng số đảng viên mới kết nạp'], ['II', 'Số tổ chức cơ sở đảng', false], ['1', 'Đảng bộ cơ sở'], ['2', 'Chi bộ cơ sở']));
    expect(h.groups).toEqual([]);
  });

  test('"Gồm:" introduces an exhaustive breakdown', () => {
    const h = inferHierarchy(rows(['2', 'Có trình độ chuyên môn'], ['', 'Gồm:', false], ['-', 'Sơ cấp'], ['-', 'Trung cấp']));
    expect(h.groups).toEqual([{ parent: 10, parts: [12, 13], relation: 'sum', reading: 'gom' }]);
  });

  test('"Trong đó" parts of different dimensions may overlap: each ≤ parent', () => {
    const h = inferHierarchy(rows(['1', 'Tổng số đảng viên'], ['', 'Trong đó:', false], ['-', 'Nữ'], ['-', 'Người dân tộc thiểu số'], ['-', 'Người theo tôn giáo']));
    expect(h.groups[0]).toMatchObject({ relation: 'each-within', reading: 'trong-do-overlap' });
  });

  test('"Trong đó" parts of one dimension are disjoint: sum ≤ parent', () => {
    const h = inferHierarchy(rows(['1', 'Đảng viên bị kỷ luật'], ['', 'Trong đó:', false], ['-', 'Khiển trách'], ['-', 'Cảnh cáo']));
    expect(h.groups[0]).toMatchObject({ relation: 'within', reading: 'trong-do-disjoint' });
  });

  test('"Trong đó" naming both types of base organization is the full breakdown', () => {
    const h = inferHierarchy(rows(['', 'Tổ chức cơ sở đảng'], ['', 'Trong đó:', false], ['-', 'Đảng bộ cơ sở'], ['-', 'Chi bộ cơ sở']));
    expect(h.groups[0]).toMatchObject({ relation: 'sum', reading: 'trong-do-exhaustive' });
  });

  test('an inline "Trong đó: nữ" row sits under the row above', () => {
    const h = inferHierarchy(rows(['1', 'Đảng viên mới kết nạp'], ['', 'Trong đó: nữ']));
    expect(h.groups[0]).toMatchObject({ parent: 10, parts: [11] });
    expect(h.rows[1].label).toBe('nữ');
  });

  test('a closing "Cộng" row is the sum of the rows above it', () => {
    const h = inferHierarchy(rows(['1', 'Huyện A'], ['2', 'Huyện B'], ['', 'Cộng']));
    expect(h.groups).toEqual([{ parent: 12, parts: [10, 11], relation: 'sum', reading: 'trailing-total' }]);
    expect(h.totalRow).toBe(12);
  });

  test('ratings: "xuất sắc" may be counted inside "hoàn thành tốt"', () => {
    const h = inferHierarchy(rows(['', 'Tổng số'], ['1', 'Hoàn thành xuất sắc nhiệm vụ'], ['2', 'Hoàn thành tốt nhiệm vụ'], ['3', 'Hoàn thành nhiệm vụ']));
    expect(h.groups[0].nested).toEqual({ inner: 11, outer: 12 });
  });

  test('deeper numbering nests: I > 1 > 1.1 > a > -', () => {
    const h = inferHierarchy(rows(['I', 'A'], ['1', 'B'], ['1.1', 'C'], ['a', 'D'], ['-', 'E']));
    expect(h.rows.map((r) => r.parent)).toEqual([undefined, 10, 11, 12, 13]);
  });
});

describe('table detection', () => {
  test('"Cộng 2020 - 2024" after the year columns adds the years it spans across its row, not the later estimate', () => {
    const s = sheet('S', [
      ['TT', 'Đơn vị', 'Năm 2023', 'Năm 2024', 'Cộng 2023 - 2024', 'Năm 2025 (ước)'],
      ['1', 'Xã A', 12, 9, 21, 10],
      ['2', 'Xã B', 5, 7, 12, 6],
    ]);
    const [table] = detectTables(s);
    expect(table.colGroups).toEqual([expect.objectContaining({ parent: 4, parts: [2, 3], relation: 'sum' })]);
  });

  test('a column-number row stating "(3)=(4)+(5)" is read as the sum it writes, beside a "Trong đó" block; "Toàn Đảng bộ" closes the rows', () => {
    const s = sheet(
      'S',
      [
        ['STT', 'Đơn vị', 'Tổng số', 'Chia ra', null, 'Trong đó', null],
        [null, null, null, 'Chính thức', 'Dự bị', 'Nữ', 'Dân tộc'],
        ['(1)', '(2)', '(3)=(4)+(5)', '(4)', '(5)', '(6)', '(7)'],
        ['1', 'Xã A', 120, 110, 10, 40, 3],
        ['2', 'Xã B', 95, 90, 5, 31, 0],
        [null, 'Toàn Đảng bộ', 215, 200, 15, 71, 3],
      ],
      ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:G1'],
    );
    const [table] = detectTables(s);
    expect(table.numberRow).toBe(2);
    expect(table.totalRow).toBe(5);
    expect(table.colGroups).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ parent: 2, parts: [3, 4], relation: 'sum', reading: 'written' }),
        expect.objectContaining({ parent: 2, parts: [5, 6], relation: 'each-within' }),
      ]),
    );
  });

  test('finds title, unit, two-row merged header, body and source note', () => {
    const s = sheet(
      'S',
      [
        ['Biểu 3. Xếp loại đảng viên'],
        [null, null, null, null, 'Đơn vị tính: người'],
        ['STT', 'Nội dung', 'Năm 2021', null, 'Năm 2022', null],
        [null, null, 'Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)'],
        ['', 'Tổng số', 100, 100, 200, 100],
        ['1', 'Tốt', 60, 60, 150, 75],
        ['2', 'Không tốt', 40, 40, 50, 25],
        ['Nguồn: Ban Tổ chức'],
      ],
      ['A3:A4', 'B3:B4', 'C3:D3', 'E3:F3'],
    );
    const [table] = detectTables(s);
    expect(table.title).toBe('Biểu 3. Xếp loại đảng viên');
    expect(table.unit).toBe('người');
    expect(table.source).toBe('Nguồn: Ban Tổ chức');
    expect([table.headerTop, table.headerBottom, table.bodyTop, table.bodyBottom]).toEqual([2, 3, 4, 6]);
    expect(table.columns.map((c) => c.role.kind)).toEqual(['stt', 'label', 'value', 'share', 'value', 'share']);
    const share = table.columns[3].role;
    expect(share).toMatchObject({ kind: 'share', of: 2 });
  });

  test('finds two tables on one sheet separated by a blank row', () => {
    const s = sheet('S', [
      ['STT', 'Nội dung', 'Năm 2023'],
      ['', 'Tổng số', 3],
      ['1', 'A', 1],
      ['2', 'B', 2],
      [],
      ['STT', 'Chỉ tiêu', 'Năm 2022'],
      ['1', 'C', 5],
    ]);
    expect(detectTables(s).map((t) => [t.range.top, t.range.bottom])).toEqual([
      [0, 3],
      [5, 6],
    ]);
  });

  test('a sheet without a table yields none', () => {
    expect(detectTables(sheet('S', [['Ghi chú tự do'], [1, 2, 3]]))).toEqual([]);
  });
  test('roman headings with no figure that name a dimension of "I | Tổng số" analyse it: bands sum to it, shares are of it', () => {
    const s = sheet('S', [
      ['TT', 'Chỉ tiêu', 'Số lượng', 'Tỷ lệ (%)'],
      ['I', 'Tổng số cán bộ', 200, 100],
      ['II', 'Độ tuổi'],
      ['-', 'Dưới 40 tuổi', 50, 25.0],
      ['-', 'Từ 40 đến 50 tuổi', 90, 45.0],
      ['-', 'Trên 50 tuổi', 60, 30.0],
      ['III', 'Trình độ chuyên môn'],
      ['-', 'Đại học', 150, 75.0],
      ['-', 'Thạc sĩ', 20, 10.0],
      ['IV', 'Số chi bộ'],
      ['-', 'Chi bộ cơ quan', 12, null],
      ['-', 'Chi bộ doanh nghiệp', 7, null],
    ]);
    const [table] = detectTables(s);
    const groups = table.rowGroups.map((g) => `${g.parent}<-${g.parts.join(',')}:${g.relation}`);
    expect(groups).toEqual(expect.arrayContaining(['1<-3,4,5:sum', '1<-7,8:within']));
    // "Số chi bộ" names another quantity: not a part of the cadres.
    expect(groups.some((g) => g.includes('10,11'))).toBe(false);
    expect(checkWorkbook([s]).summary.errors).toBe(0);
    const slipped = sheet('S', s.cells.map((row) => row.map((c) => c?.value ?? null)) as never);
    slipped.cells[4]![2] = { value: 98 };
    const errors = checkWorkbook([slipped]).findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((f) => f.fix?.cell === 'C5' && f.fix.value === '90')).toBe(true);
  });
  test('a column headed like labels ("Chỉ tiêu giao") over figures is a figure column; numbers that count on (1, 2, 3) stay numbering', () => {
    const s = sheet('S', [
      ['Đơn vị', 'Chỉ tiêu giao', 'Thực hiện', 'Tỷ lệ đạt (%)'],
      ['Toàn huyện', 150, 162, 108.0],
      ['Xã Tân Phú', 20, 22, 110.0],
      ['Xã Tân Hòa', 25, 24, 96.0],
      ['Xã Phú An', 30, 36, 120.0],
      ['Thị trấn', 45, 48, 106.67],
      ['Khối cơ quan', 30, 32, 106.67],
    ]);
    const [table] = detectTables(s);
    expect(table.columns.map((c) => c.role.kind)).toEqual(['label', 'value', 'value', 'ratio']);
    expect(table.rowGroups.map((g) => `${g.parent}<-${g.parts.join(',')}`)).toEqual(['1<-2,3,4,5,6']);
    const numbered = sheet('S', [
      ['Loại hình', '', 'Số lượng'],
      [1, 'Xã', 54],
      [2, 'Phường', 17],
      [3, 'Thị trấn', 11],
      ['', 'Cộng', 82],
    ], ['A1:B1']);
    expect(detectTables(numbered)[0].columns.map((c) => c.role.kind)).toEqual(['stt', 'label', 'value']);
  });
  test('a share column put before its counts is a share of the counts after it', () => {
    const s = sheet('S', [
      ['Chỉ tiêu', 'Tỷ lệ (%)', 'Số lượng'],
      ['Tổng số đảng viên', 100, 4235],
      ['Nữ', 31.36, 1328],
      ['Dân tộc thiểu số', 4.13, 175],
      ['Tôn giáo', 2.27, 96],
    ]);
    expect(checkWorkbook([s]).summary.errors).toBe(0);
    s.cells[3]![1] = { value: 4.31 };
    const [error] = checkWorkbook([s]).findings.filter((f) => f.severity === 'error');
    expect(error.fix).toMatchObject({ cell: 'B4', number: 4.13, why: 'transposition' });
  });
  test('blank rows between roman blocks of one table separate blocks, not tables; a "Trong đó" row above its whole is an error', () => {
    const s = sheet('S', [
      ['STT', 'Nội dung', 'Tổ chức đảng', 'Đảng viên'],
      ['I', 'Kiểm tra khi có dấu hiệu vi phạm'],
      ['1', 'Số được kiểm tra', 12, 20],
      ['2', 'Kết luận có vi phạm', 10, 15],
      [],
      ['II', 'Giám sát chuyên đề'],
      ['1', 'Số được giám sát', 30, 44],
      ['', 'Trong đó: cấp ủy viên', '-', 48],
      [],
      ['III', 'Thi hành kỷ luật'],
      ['', 'Tổng số', 1, 21],
      ['', 'Chia ra: - Khiển trách', 1, 12],
      ['', '- Cảnh cáo', 0, 9],
    ]);
    const tables = detectTables(s);
    expect(tables.map((t) => t.range)).toEqual([{ top: 0, left: 0, bottom: 12, right: 3 }]);
    const result = checkWorkbook([s]);
    expect(result.summary.unread).toBe(0);
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule)).toEqual(['subset']);
    expect(errors[0].cells).toEqual(expect.arrayContaining(['D7', 'D8']));
  });
});

describe('units as columns with the whole first ("Toàn tỉnh | Huyện A | …")', () => {
  const rows = (chiBo: number) => [
    ['STT', 'Chỉ tiêu', 'Toàn tỉnh', 'Huyện A', 'Huyện B', 'Huyện C'],
    ['1', 'Số tổ chức cơ sở đảng', 87, 31, 27, 29],
    ['', '- Đảng bộ cơ sở', 36, 12, 13, 11],
    ['', '- Chi bộ cơ sở', 51, 19, chiBo, 18],
    ['2', 'Số đảng viên', 6254, 2410, 1980, 1864],
    ['', 'Trong đó: nữ', 2188, 851, 702, 635],
    ['3', 'Tỷ lệ đảng viên nữ (%)', 34.99, 35.31, 35.45, 34.07],
  ];
  test('the whole column sums the units, and a row of rates is never summed across', () => {
    expect(checkWorkbook([sheet('S', rows(14))]).summary.errors).toBe(0);
    const errors = checkWorkbook([sheet('S', rows(17))]).findings.filter((f) => f.severity === 'error');
    // The block's total alone cannot tell which of its cells is off; the whole's column names the one cell.
    expect(errors.some((e) => e.message.startsWith('C4:'))).toBe(true);
    for (const e of errors) expect(e.fix).toMatchObject({ cell: 'E4', value: '14' });
  });
});

describe('rates are never added, whatever their header level or the rule written over the rows', () => {
  test('"So sánh (%) / So với dự toán" under "A = I + II" is not summed down the rows', () => {
    const s = sheet('S', [
      ['', '', '', '', '', 'ĐVT: triệu đồng'],
      ['STT', 'Nội dung', 'Dự toán năm 2024', '', 'Ước thực hiện năm 2024', 'So sánh (%)', ''],
      ['', '', 'Tỉnh giao', 'Huyện giao', '', 'So với DT tỉnh giao', 'So với DT huyện giao'],
      ['A', 'B', '1', '2', '3', '4=3/1', '5=3/2'],
      ['A', 'TỔNG THU NSNN TRÊN ĐỊA BÀN (A = I + II)', 50000, 54000, 52500, 105, 97.2],
      ['I', 'Thu nội địa', 30000, 32000, 33000, 110, 103.1],
      ['1', 'Thu từ doanh nghiệp', 18000, 19000, 19800, 110, 104.2],
      ['2', 'Lệ phí trước bạ', 12000, 13000, 13200, 110, 101.5],
      ['II', 'Thu tiền sử dụng đất', 20000, 22000, 19500, 97.5, 88.6],
    ]);
    expect(checkWorkbook([s]).summary.errors).toBe(0);
  });
  test('a "Cộng" column of 100s closing each row of a percent table makes no whole down the column', () => {
    const s = sheet('S', [
      ['Đơn vị tính: %'],
      ['STT', 'Đảng bộ', 'HTXSNV', 'HTTNV', 'HTNV', 'Không HTNV', 'Cộng'],
      ['', 'Toàn Đảng bộ', 18.6, 72.4, 8.4, 0.6, 100],
      ['1', 'Huyện A', 20, 70, 10, 0, 100],
      ['2', 'Huyện B', 17.5, 75, 5, 2.5, 100],
      ['3', 'Huyện C', 18.18, 72.73, 9.09, 0, 100],
    ]);
    expect(checkWorkbook([s]).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('a summary of one unit is not the total of the units', () => {
  test('a table titled for one commune beside a table of communes: no cross-reference between them', () => {
    const s = sheet('S', [
      ['KẾT QUẢ BẦU CỬ THEO XÃ'],
      ['STT', 'Đơn vị', 'Tổng số cử tri', 'Số cử tri đã tham gia bỏ phiếu', 'Số phiếu hợp lệ'],
      [1, 'Xã Tân Bình', 9845, 9801, 9689],
      [2, 'Xã Hòa An', 11236, 11190, 11093],
      [3, 'Xã Phương Bình', 8120, 8098, 7953],
      ['', 'Cộng', 29201, 29089, 28735],
      [],
      ['KẾT QUẢ BẦU CỬ TẠI ĐƠN VỊ BẦU CỬ SỐ 2 - XÃ HÒA AN'],
      ['STT', 'Nội dung', 'Số lượng'],
      ['I', 'Tổng số cử tri của đơn vị bầu cử', 2403],
      ['II', 'Số cử tri đã tham gia bỏ phiếu', 2391],
      ['III', 'Số phiếu hợp lệ', 2318],
    ]);
    expect(checkWorkbook([s]).findings.filter((f) => f.rule === 'cross')).toEqual([]);
  });
});

describe('"Trong đó:" rows after the items of a "Chia ra:" block speak of their whole', () => {
  test('a subset larger than the last item but within the whole is no error; one larger than the whole is', () => {
    const rows = (cadres: number) => [
      ['STT', 'Nội dung', 'Nhiệm kỳ 2015 - 2020', 'Nhiệm kỳ 2020 - 2025'],
      ['1', 'Đảng viên bị thi hành kỷ luật', 98, 84],
      ['', 'Chia ra: - Khiển trách', 60, 47],
      ['', '- Cảnh cáo', 25, 26],
      ['', '- Khai trừ', 13, 11],
      ['', 'Trong đó: cấp ủy viên các cấp', cadres, 21],
      ['', 'Trong đó: cán bộ diện BTV quản lý', 6, 8],
    ];
    expect(checkWorkbook([sheet('S', rows(17))]).summary.errors).toBe(0);
    expect(checkWorkbook([sheet('S', rows(107))]).findings.filter((f) => f.severity === 'error').map((f) => f.cell)).toContain('C6');
  });
});
