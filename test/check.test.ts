import { checkWorkbook, detectTables, parseTemplate, templateFromTables, TemplateError } from '../src/core';
import { organizationsTable, sheet } from './helpers/sheet';

describe('checkWorkbook', () => {
  test('a correct table has no error and says how many rules it checked', () => {
    const result = checkWorkbook([organizationsTable()]);
    expect(result.summary).toMatchObject({ tables: 1, errors: 0, warnings: 0 });
    expect(result.summary.rules).toBe(9);
    expect(result.tables[0]).toMatchObject({ sheet: 'Biểu 1', range: 'A3:F6', title: 'Biểu 1. Tổ chức cơ sở đảng' });
  });

  test('a comparison column naming the wrong term is an error', () => {
    const s = sheet('S', [
      ['STT', 'Nội dung', 'Nhiệm kỳ 2020 - 2025', 'Nhiệm kỳ 2025 - 2030', 'So sánh với nhiệm kỳ 2015 - 2020 (%)'],
      ['1', 'A', 100, 110, 110],
    ]);
    const [finding] = checkWorkbook([s]).findings.filter((f) => f.rule === 'term-label');
    expect(finding).toMatchObject({ cell: 'E1', severity: 'error', stated: '2015 - 2020', expected: '2020 - 2025' });
    // The header as it should read is proposed, to be written as text.
    expect(finding.fix).toEqual({ cell: 'E1', value: 'So sánh với nhiệm kỳ 2020 - 2025 (%)', text: 'So sánh với nhiệm kỳ 2020 - 2025 (%)', why: 'label' });
  });

  test('a header naming both periods, one wrongly, gets the wrong one replaced', () => {
    const s = sheet('S', [
      ['STT', 'Nội dung', 'Năm 2023', 'Năm 2024', 'So sánh 2024/2022 (%)'],
      ['1', 'A', 100, 110, 110],
    ]);
    const [finding] = checkWorkbook([s]).findings.filter((f) => f.rule === 'term-label');
    expect(finding.fix).toMatchObject({ text: 'So sánh 2024/2023 (%)' });
  });

  test('the same quantity with two values on two sheets is a cross-reference error', () => {
    const other = organizationsTable({ D5: 177 });
    other.name = 'Tổng hợp';
    const result = checkWorkbook([organizationsTable(), other]);
    const cross = result.findings.filter((f) => f.rule === 'cross');
    expect(cross.map((f) => `${f.sheet}!${f.cell}`)).toContain('Tổng hợp!D5');
    expect(cross[0].message).toContain('Biểu 1!D5');
  });

  test('ratings: "xuất sắc" counted inside "tốt" is recognised from the figures and said', () => {
    const s = sheet('S', [
      ['STT', 'Nội dung', 'Năm 2022'],
      ['', 'Tổng số', 100],
      ['1', 'Hoàn thành xuất sắc nhiệm vụ', 15],
      ['2', 'Hoàn thành tốt nhiệm vụ', 80],
      ['3', 'Hoàn thành nhiệm vụ', 18],
      ['4', 'Không hoàn thành nhiệm vụ', 2],
    ]);
    const result = checkWorkbook([s]);
    expect(result.summary.errors).toBe(0);
    expect(result.findings.some((f) => /"xuất sắc" được tính trong số "hoàn thành tốt"/.test(f.message))).toBe(true);
    const disjoint = sheet('S', [
      ['STT', 'Nội dung', 'Năm 2022'],
      ['', 'Tổng số', 100],
      ['1', 'Hoàn thành xuất sắc nhiệm vụ', 15],
      ['2', 'Hoàn thành tốt nhiệm vụ', 65],
      ['3', 'Hoàn thành nhiệm vụ', 18],
      ['4', 'Không hoàn thành nhiệm vụ', 2],
    ]);
    const r2 = checkWorkbook([disjoint]);
    expect(r2.summary.errors).toBe(0);
    expect(r2.findings.some((f) => /được tính riêng/.test(f.message))).toBe(true);
  });

  test('the base of a share column is the one that explains most rows, and is reported', () => {
    const s = sheet('S', [
      ['STT', 'Chỉ tiêu', 'Số lượng', 'Tỷ lệ (%)'],
      ['1', 'Tổng số đảng viên', 33509, 100],
      ['2', 'Có trình độ chuyên môn', 26637, 79.49],
      ['', 'Gồm:', null, null],
      ['-', 'Sơ cấp', 1130, 4.24],
      ['-', 'Đại học', 25507, 95.76],
    ]);
    const result = checkWorkbook([s]);
    expect(result.summary.errors).toBe(0);
    expect(result.findings.some((f) => f.rule === 'share' && f.severity === 'info' && /dòng cha/.test(f.message))).toBe(true);
  });


  test('a right-hand panel whose numbering goes on from the left one closes both halves with its total', () => {
    const panels = (typo: number) =>
      sheet('S', [
        ['TT', 'Đơn vị', 'Số đảng viên', 'TT', 'Đơn vị', 'Số đảng viên'],
        ['1', 'Xã A', 120, '3', 'Xã C', 80],
        ['2', 'Xã B', typo, '4', 'Xã D', 60],
        [null, null, null, '', 'Toàn huyện', 355],
      ]);
    expect(checkWorkbook([panels(95)]).findings.filter((f) => f.severity === 'error')).toEqual([]);
    const errors = checkWorkbook([panels(59)]).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.cell, f.fix?.cell, f.fix?.value])).toEqual([['C3', 'C3', '95']]);
  });

  test('a corner =SUM that leaves out a row is judged down its column only, and is named as the formula slip beside a swap elsewhere', () => {
    const f = (v: number, formula: string) => ({ value: v, formula });
    const s = sheet('S', [
      ['STT', 'Đơn vị', 'Quý I', 'Quý II', 'Cả năm'],
      ['A', 'B', '1', '2', '3 = 1 + 2'],
      ['1', 'Xã A', 5, 9, 10],
      ['2', 'Xã B', 3, 2, 5],
      ['3', 'Xã C', 4, 5, 13],
      ['4', 'Xã D', 2, 4, 6],
      [null, 'Cộng', f(14, 'SUM(C3:C6)'), f(20, 'SUM(D3:D6)'), f(28, 'SUM(E3:E5)')],
    ]);
    const result = checkWorkbook([s]);
    const formula = result.findings.filter((x) => x.rule === 'formula');
    expect(formula.map((x) => x.message)).toEqual([expect.stringMatching(/E7.*bỏ sót E6/)]);
    const fixes = new Set(result.findings.filter((x) => x.severity === 'error').map((x) => `${x.fix?.cell}=${x.fix?.value}`));
    expect(fixes).toEqual(new Set(['E7=34', 'D3=5', 'D5=9']));
  });

  test('a summary row restating a detail table\'s total under another wording disagrees: the summary is proposed the detail\'s figure', () => {
    const summary = sheet('Tổng hợp', [
      ['STT', 'Chỉ tiêu', 'Số lượng'],
      ['1', 'Tổng số tổ chức cơ sở đảng', 77],
      ['2', 'Tổng số đảng viên', 3590],
    ]);
    const detail = sheet('Chi tiết', [
      ['STT', 'Đơn vị', 'Số TCCSĐ', 'Số đảng viên'],
      ['1', 'Xã A', 40, 2000],
      ['2', 'Xã B', 37, 1509],
      [null, 'Cộng', 77, 3509],
    ]);
    const errors = checkWorkbook([summary, detail]).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.sheet, f.cell, f.fix?.value])).toEqual([['Tổng hợp', 'C3', '3.509']]);
  });

  test('a row whose note says "Dòng 2 / dòng 1" is checked as that percentage in every column', () => {
    const s = (done: number) =>
      sheet('S', [
        ['TT', 'Nội dung', 'Tập thể', 'Đảng viên', 'Ghi chú'],
        ['1', 'Số phải kiểm điểm', 342, 5082],
        ['2', 'Số đã kiểm điểm', 340, done],
        ['3', 'Tỷ lệ đã kiểm điểm (%)', '99,42', '97,42', 'Dòng 2 / dòng 1'],
      ]);
    expect(checkWorkbook([s(4951)]).findings.filter((f) => f.severity === 'error')).toEqual([]);
    const errors = checkWorkbook([s(4251)]).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.cell, f.fix?.cell, f.fix?.value])).toEqual([['D3', 'D3', '4.951']]);
  });

  test('terms down the rows closed by comparison rows: the change and the ratio are read across, and a row naming the wrong term is reported with its right label', () => {
    const s = (diffLabel: string, diff: number) =>
      sheet('S', [
        ['Nhiệm kỳ', 'Tổng số ủy viên', 'Nữ'],
        ['Nhiệm kỳ 2015 - 2020', 35, 11],
        ['Nhiệm kỳ 2020 - 2025', 33, 10],
        [diffLabel, diff, -1],
        ['So sánh NK 2020 - 2025 với NK 2015 - 2020 (%)', 94.29, 90.91],
      ]);
    const clean = checkWorkbook([s('Tăng (+), giảm (-) NK 2020 - 2025 so với NK 2015 - 2020', -2)]).findings;
    expect(clean.filter((f) => f.severity !== 'info')).toEqual([]);
    const slip = checkWorkbook([s('Tăng (+), giảm (-) NK 2020 - 2025 so với NK 2015 - 2020', 2)]).findings.filter((f) => f.severity === 'error');
    expect(slip.map((f) => [f.cell, f.fix?.value])).toEqual([['B4', '-2']]);
    const three = sheet('S', [
      ['Nhiệm kỳ', 'Tổng số ủy viên', 'Nữ'],
      ['Nhiệm kỳ 2010 - 2015', 31, 9],
      ['Nhiệm kỳ 2015 - 2020', 35, 11],
      ['Nhiệm kỳ 2020 - 2025', 33, 10],
      ['Tăng (+), giảm (-) NK 2020 - 2025 so với NK 2010 - 2015', -2, -1],
    ]);
    const [label] = checkWorkbook([three]).findings.filter((f) => f.severity === 'error');
    expect(label).toMatchObject({ cell: 'A5', rule: 'term-label', fix: { text: 'Tăng (+), giảm (-) NK 2020 - 2025 so với NK 2015 - 2020' } });
  });

  test('categories named alike in two tables ("Đại học" of members, "Đại học" of cadres) are not one quantity', () => {
    const members = sheet('Đảng viên', [
      ['STT', 'Trình độ', 'Số lượng'],
      ['1', 'Trung cấp', 8402],
      ['2', 'Đại học', 15240],
    ]);
    const cadres = sheet('Cán bộ', [
      ['STT', 'Đơn vị', 'Trung cấp', 'Đại học'],
      ['1', 'Xã A', 40, 100],
      ['2', 'Xã B', 35, 107],
      [null, 'Cộng', 75, 207],
    ]);
    expect(checkWorkbook([members, cadres]).findings.filter((f) => f.rule === 'cross')).toEqual([]);
  });

  describe('a "Trong đó" row whose share is of its parent row', () => {
    const ratings = (x2: number, x3: number) =>
      sheet('S', [
        ['STT', 'Nội dung', 'Năm 2022', '', 'Năm 2023', ''],
        ['', '', 'Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)'],
        ['1', 'Số TCCSĐ được đánh giá', 60, 100, 57, 100],
        ['2', 'Hoàn thành tốt nhiệm vụ', 56, 93.33, 56, 98.25],
        ['', 'Trong đó: Hoàn thành xuất sắc nhiệm vụ', 11, x2, 11, x3],
        ['3', 'Hoàn thành nhiệm vụ', 4, 6.67, 1, 1.75],
      ], ['C1:D1', 'E1:F1']);

    test('in every period: read on its parent, said, no error', () => {
      const result = checkWorkbook([ratings(19.64, 19.64)]);
      expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(result.findings.some((f) => f.cell === 'B5' && /dòng cha/.test(f.message))).toBe(true);
    });

    test('on the table base in one period and the parent in the other: the one off the column base is reported', () => {
      const errors = checkWorkbook([ratings(18.33, 19.64)]).findings.filter((f) => f.severity === 'error');
      expect(errors.map((f) => [f.cell, f.expected])).toEqual([['F5', '19,30']]);
    });

    test('a slip on top of the parent reading is caught with the parent value', () => {
      const errors = checkWorkbook([ratings(19.46, 19.64)]).findings.filter((f) => f.severity === 'error');
      expect(errors.map((f) => [f.cell, f.fix?.value])).toEqual([['D5', '19,64']]);
    });
  });
  test('years down the rows with a change column of no period of its own: each row against the row above', () => {
    const rows = (change2023: number) => [
      ['Năm', 'Số đảng viên kết nạp', 'Tăng (+), giảm (-) so với năm trước', 'Nữ'],
      ['2021', 120, '-', 50],
      ['2022', 131, 11, 55],
      ['2023', 126, change2023, 52],
      ['2024', 140, 14, 60],
    ];
    expect(checkWorkbook([sheet('S', rows(-5))]).summary.errors).toBe(0);
    const [error] = checkWorkbook([sheet('S', rows(5))]).findings.filter((f) => f.severity === 'error');
    expect(error.fix).toEqual({ cell: 'C4', value: '-5', number: -5, why: 'sign' });
    // A column the figures do not bear out as a change from the row above (against a fixed year) raises nothing.
    const fixed = [
      ['Năm', 'Số đảng viên', 'Tăng, giảm'],
      ['2021', 120, 3],
      ['2022', 131, 17],
      ['2023', 126, 9],
      ['2024', 140, 40],
    ];
    expect(checkWorkbook([sheet('S', fixed)]).summary.errors).toBe(0);
  });

  test('years down the rows with a change of the rate "(điểm %)": points of the share column, which names the slip', () => {
    const rows = (share2022: number) => [
      ['Năm', 'Dân số (người)', 'Số người tham gia BHYT', 'Tỷ lệ bao phủ (%)', 'Tăng, giảm so với năm trước (điểm %)'],
      ['2020', 84210, 71030, 84.35, ''],
      ['2021', 84900, 74215, 87.41, 3.06],
      ['2022', 85630, 77102, share2022, 2.63],
      ['2023', 86420, 80118, 92.71, 2.67],
    ];
    expect(checkWorkbook([sheet('S', rows(90.04))]).summary.errors).toBe(0);
    const errors = checkWorkbook([sheet('S', rows(90.40))]).findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    // The share alone explains its own row and both changes beside it: one cell, one value.
    for (const e of errors) expect(e.fix).toMatchObject({ cell: 'D4', value: '90,04' });
  });

  test('a share column whose base is not in the table is said to be unchecked, never passed over in silence', () => {
    const s = sheet('S', [
      ['STT', 'Họ và tên người ứng cử', 'Số phiếu bầu', 'Tỷ lệ so với số phiếu hợp lệ (%)'],
      [1, 'Nguyễn Văn An', 11020, 89.27],
      [2, 'Trần Thị Bình', 10876, 88.10],
      [3, 'Lê Văn Cường', 9012, 73.00],
    ]);
    const result = checkWorkbook([s]);
    expect(result.summary.errors).toBe(0);
    expect(result.findings.find((f) => f.cell === 'D1')).toMatchObject({ severity: 'info', rule: 'share', message: expect.stringContaining('không kiểm tra cột này') });
  });

  test('ratings whose total was typed wrong: the shares making 100 counted apart decide the nesting, and the total is the slip', () => {
    const s = sheet('S', [
      ['Nội dung', 'Số lượng', 'Tỷ lệ (%)'],
      ['Tổng số tổ chức được đánh giá', 63, 100],
      ['Hoàn thành xuất sắc nhiệm vụ', 6, 16.67],
      ['Hoàn thành tốt nhiệm vụ', 24, 66.67],
      ['Hoàn thành nhiệm vụ', 5, 13.89],
      ['Không hoàn thành nhiệm vụ', 1, 2.78],
    ]);
    // 36 typed 63.
    const result = checkWorkbook([s]);
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((f) => f.fix?.cell === 'B2' && f.fix.value === '36' && f.fix.why === 'transposition')).toBe(true);
    expect(result.findings.some((f) => f.severity === 'info' && f.message.includes('tính riêng'))).toBe(true);
  });

  test('a figure repeated on another sheet where only a "trong đó ≤" holds is the one to fix, the other being borne out by its own sum', () => {
    const flow = sheet('Biểu 1', [
      ['Tiêu chí', 'Năm 2024'],
      ['A - Đảng viên đầu kỳ', 1200],
      ['B - Tăng trong kỳ', 80],
      ['C - Giảm trong kỳ', 30],
      ['D - Đảng viên cuối kỳ báo cáo', 1250],
    ]);
    const members = sheet('Biểu 3', [
      ['ĐỘI NGŨ ĐẢNG VIÊN NĂM 2024'],
      ['STT', 'Chỉ tiêu', 'Số lượng'],
      ['I', 'Đảng viên trong danh sách có đến cuối kỳ báo cáo', 1520],
      ['', 'Trong đó: nữ', 430],
    ]);
    const fix = checkWorkbook([flow, members]).findings.find((f) => f.rule === 'cross' && f.sheet === 'Biểu 3')?.fix;
    expect(fix).toMatchObject({ cell: 'C3', number: 1250 });
  });

  test('a "%" change of counts ("Tỷ lệ tăng, giảm (%)", "Tỷ lệ tăng (%)") is their relative change, across the columns or down the years', () => {
    const across = sheet('S', [
      ['STT', 'Nội dung', 'Năm 2023', 'Năm 2024', 'Tăng (+), giảm (-)', 'Tỷ lệ tăng, giảm (%)'],
      ['1', 'Đảng viên', 1200, 1260, 60, 5.0],
      ['2', 'Chi bộ', 80, 76, -4, -5.0],
      ['3', 'Đảng bộ', 40, 42, 2, 6.0],
      ['4', 'Tổ đảng', 20, 25, 5, 25.0],
    ]);
    const [wrong] = checkWorkbook([across]).findings.filter((f) => f.severity === 'error');
    // Not 2 (the change in "points" of two counts means nothing): (42 − 40) / 40 × 100 = 5.
    expect(wrong.fix).toMatchObject({ cell: 'F4', number: 5 });
    const down = sheet('S', [
      ['Năm', 'Số đảng viên', 'Tăng so với năm trước', 'Tỷ lệ tăng (%)'],
      ['2021', 1000, '', ''],
      ['2022', 1050, 50, 5.0],
      ['2023', 1071, 21, 2.0],
      ['2024', 1100, 29, 2.71],
    ]);
    expect(checkWorkbook([down]).summary.errors).toBe(0);
    down.cells[4]![3] = { value: 2.17 };
    const [slip] = checkWorkbook([down]).findings.filter((f) => f.severity === 'error');
    expect(slip.fix).toMatchObject({ cell: 'D5', number: 2.71, why: 'transposition' });
  });

  test('an average column ("Bình quân học viên/lớp") is never added up, and a ratio\'s base is never proposed as zero', () => {
    const training = sheet('S', [
      ['Năm', 'Số lớp', 'Số học viên', 'Trong đó nữ', 'Bình quân học viên/lớp'],
      ['2022', 12, 540, 210, 45],
      ['2023', 15, 690, 281, 46],
      ['2024', 14, 602, 250, 43],
      ['Cộng', 41, 1832, 741, 44.68],
    ]);
    expect(checkWorkbook([training]).summary.errors).toBe(0);
    const discipline = sheet('S', [
      ['Nội dung', 'Nhiệm kỳ 2015 - 2020', 'Nhiệm kỳ 2020 - 2025', 'So sánh (%)'],
      ['Số đảng viên bị kỷ luật', 128, 96, 75.0],
      ['- Khiển trách', 70, 55, 78.57],
      ['- Cảnh cáo', 40, 30, 57.0],
      ['- Cách chức', 6, 3, 50.0],
      ['- Khai trừ', 12, 8, 66.67],
    ]);
    const [error] = checkWorkbook([discipline]).findings.filter((f) => f.severity === 'error');
    expect(error.fix).toMatchObject({ cell: 'D4', number: 75, why: 'transposition' });
  });

  test('a row "Tăng so với nhiệm kỳ trước" under term rows compares them; its share cell is not a share of the row above', () => {
    const s = sheet('S', [
      ['Chỉ tiêu', 'Số lượng', 'Tỷ lệ (%)'],
      ['Nhiệm kỳ 2015 - 2020', 520, 100],
      ['Nhiệm kỳ 2020 - 2025', 610, 100],
      ['Tăng so với nhiệm kỳ trước', 90, 17.31],
    ]);
    expect(checkWorkbook([s]).summary.errors).toBe(0);
    const counts = sheet('S', [
      ['Chỉ tiêu', 'Số tổ chức đảng', 'Số chi bộ', 'Số đảng viên'],
      ['Nhiệm kỳ 2015 - 2020', 60, 310, 4200],
      ['Nhiệm kỳ 2020 - 2025', 58, 296, 4510],
      ['Tăng so với nhiệm kỳ trước', -2, -14, 301],
    ]);
    // 310 written 301: as likely 4.501 written 4.510 above it; both are named, neither is chosen.
    const [error] = checkWorkbook([counts]).findings.filter((f) => f.severity === 'error');
    expect(error).toMatchObject({ cell: 'D4', rule: 'difference', fix: null });
    expect(error.message).toContain('D4: 301 → 310');
  });

  test('target and result of one year: "% so với kế hoạch" is the result over the target', () => {
    const s = sheet('S', [
      ['STT', 'Chỉ tiêu', 'Kế hoạch năm 2024', 'Thực hiện năm 2024', '% so với kế hoạch'],
      ['1', 'Kết nạp đảng viên (người)', 150, 162, 108.0],
      ['2', 'Chi bộ đạt trong sạch vững mạnh (%)', 85, 87.5, 102.94],
      ['3', 'Đảng viên được tặng huy hiệu (người)', 300, 289, 69.33],
    ]);
    const [error] = checkWorkbook([s]).findings.filter((f) => f.severity === 'error');
    expect(error.fix).toMatchObject({ cell: 'E4', number: 96.33, why: 'transposition' });
  });

  test('shares with no count of their own beside a total make 100 across the row', () => {
    const s = sheet('S', [
      ['Đơn vị', 'Tổng số đảng viên', 'Dưới 30 tuổi (%)', 'Từ 30 - 50 tuổi (%)', 'Trên 50 tuổi (%)'],
      ['Xã A', 300, 20.0, 50.0, 30.0],
      ['Xã B', 250, 16.0, 52.0, 32.0],
      ['Xã C', 180, 22.22, 44.44, 33.34],
      ['Xã D', 200, 25.0, 45.0, 35.0],
    ]);
    const errors = checkWorkbook([s]).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule)).toEqual(['share-total']);
    expect(errors[0].cell).toMatch(/5$/);
  });

  test('English messages when asked', () => {
    const result = checkWorkbook([organizationsTable({ D6: 357 })], { lang: 'en' });
    expect(result.findings.find((f) => f.severity === 'error')!.message).toContain('357 was probably meant to be 327 — one digit');
  });

  test('--sheet: only the named sheets are checked', () => {
    const other = organizationsTable({ D6: 357 });
    other.name = 'Khác';
    expect(checkWorkbook([organizationsTable(), other], { sheets: ['Biểu 1'] }).summary.errors).toBe(0);
  });
});

describe('templates', () => {
  test('an emitted template checks the same as inference', () => {
    const s = organizationsTable({ D6: 357 });
    const template = parseTemplate(JSON.parse(JSON.stringify(templateFromTables(detectTables(s)))));
    const inferred = checkWorkbook([s]);
    const templated = checkWorkbook([s], { template });
    const key = (fs: typeof inferred.findings) => fs.filter((f) => f.severity !== 'info').map((f) => [f.cell, f.rule, f.severity, f.fix?.value]);
    expect(key(templated.findings)).toEqual(key(inferred.findings));
    expect(templated.findings.filter((f) => f.message === 'Bảng được kiểm tra theo mẫu Biểu 1/1')).toHaveLength(1);
  });

  test('user-written rules in a template are checked, {row} expanded', () => {
    const s = organizationsTable({ F5: 101.4 });
    const template = templateFromTables(detectTables(s));
    template.tables[0].columns = template.tables[0].columns.map((c) => (c.column === 'F' ? { ...c, role: 'other' } : c));
    template.tables[0].rules = ['F{row} = D{row} / C{row} * 100'];
    const result = checkWorkbook([s], { template });
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.cell, f.rule])).toEqual([['F5', 'share']]);
    expect(errors[0].fix).toMatchObject({ cell: 'F5', value: '102,4' });
  });

  test('a bad user rule becomes a finding, not a crash', () => {
    const s = organizationsTable();
    const template = templateFromTables(detectTables(s));
    template.tables[0].rules = ['C4 = import("fs")'];
    const result = checkWorkbook([s], { template });
    expect(result.findings.some((f) => f.severity === 'error' && /không được phép/.test(f.message))).toBe(true);
  });

  test.each([
    [null, '(gốc)'],
    [{ format: 'x', version: 1, tables: [] }, 'format'],
    [{ format: 'soatso-template', version: 99, tables: [] }, 'version'],
    [{ format: 'soatso-template', tables: [] }, 'version'],
    [{ format: 'soatso-template', version: 1, tables: {} }, 'tables'],
    [{ format: 'soatso-template', version: 1, tables: [{ id: 'a', sheet: 'S', range: 'nope' }] }, 'tables[0].range'],
    [{ format: 'soatso-template', version: 1, tables: [{ id: 'a', sheet: 'S', range: 'A1:B2', header: { top: 1, bottom: 1 }, columns: [{ column: 'C', role: 'bogus' }], rows: [], rowGroups: [], columnGroups: [], rules: [] }] }, 'tables[0].columns[0].role'],
    [{ format: 'soatso-template', version: 1, tables: [{ id: 'a', sheet: 'S', range: 'A1:B2', header: { top: 1, bottom: 1 }, columns: [], rows: [], rowGroups: [{ parent: 1, parts: [], relation: 'sum' }], columnGroups: [], rules: [] }] }, 'tables[0].rowGroups[0].parts'],
    [{ format: 'soatso-template', version: 1, tables: [{ id: 'a', sheet: 'S', range: 'A1:B2', header: { top: 1, bottom: 1 }, columns: [], rows: [], rowGroups: [], columnGroups: [], rules: [42] }] }, 'tables[0].rules[0]'],
  ])('malformed template %# names the field %s', (json, field) => {
    expect(() => parseTemplate(json)).toThrow(TemplateError);
    try {
      parseTemplate(json);
    } catch (e) {
      expect((e as TemplateError).field).toBe(field);
      expect((e as Error).message).toContain(`"${field}"`);
    }
  });
});
