// Builds examples/bao-cao-mau.xlsx: the tables staff keep behind a party-building report, modelled on
// ../shared/seeds, with realistic errors planted (listed in PLANTED, which the tests check are all found).
import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

type Cell = string | number | { formula: string; result: number } | null;

interface SheetSpec {
  name: string;
  title: string;
  unit: string;
  /** Header rows; a cell "<" is merged into the cell to its left, "^" into the cell above. */
  header: string[][];
  rows: Cell[][];
  /** Number format per column (0-based), for figure columns. */
  formats: Record<number, string>;
  source?: string;
}

const COUNT = '#,##0';
const PCT2 = '0.00';

export const SHEETS: SheetSpec[] = [
  {
    name: 'Biểu 1',
    title: 'Biểu 1. Tổ chức cơ sở đảng theo loại hình',
    unit: 'tổ chức',
    header: [
      ['STT', 'Nội dung', 'Năm 2022', 'Năm 2023', 'So sánh 2023/2022', '<'],
      ['^', '^', '^', '^', 'Tăng (+), giảm (-)', 'So sánh (%)'],
    ],
    rows: [
      ['', 'Tổng số tổ chức cơ sở đảng', { formula: 'SUM(C7:C8)', result: 525 }, { formula: 'SUM(D7:D8)', result: 528 }, -27, 94.86],
      ['1', 'Đảng bộ cơ sở', 167, 171, 4, 102.4],
      // Planted: 357 typed for 327 (one digit); its difference and ratio were typed from 327.
      ['2', 'Chi bộ cơ sở', 358, 357, -31, 91.34],
    ],
    formats: { 2: COUNT, 3: COUNT, 4: '+#,##0;-#,##0;0', 5: PCT2 },
    source: 'Nguồn: Ban Tổ chức Tỉnh ủy',
  },
  {
    name: 'Biểu 2',
    title: 'Biểu 2. Đảng viên theo giới tính, dân tộc, tôn giáo và trình độ chuyên môn, năm 2023',
    unit: 'người',
    header: [['STT', 'Chỉ tiêu', 'Số lượng', 'Tỷ lệ (%)']],
    rows: [
      ['1', 'Tổng số đảng viên', 33509, 100],
      ['', 'Trong đó:', null, null],
      ['-', 'Nữ', 11262, 33.61],
      // Planted: 564 typed for 654 (two digits swapped); the share 1,95% was computed from 654.
      ['-', 'Người dân tộc thiểu số', 564, 1.95],
      ['-', 'Người theo tôn giáo', 539, 1.61],
      ['2', 'Có trình độ chuyên môn', 26637, 79.49],
      ['', 'Gồm:', null, null],
      ['-', 'Sơ cấp', 1130, 4.24],
      ['-', 'Trung cấp', 8402, 31.54],
      ['-', 'Cao đẳng', 1321, 4.96],
      // Planted: a figure typed as text in English style.
      ['-', 'Đại học', '15,240', 57.21],
      ['-', 'Sau đại học', 544, 2.04],
    ],
    formats: { 2: COUNT, 3: PCT2 },
  },
  {
    name: 'Biểu 3',
    title: 'Biểu 3. Kết quả đánh giá, xếp loại chất lượng đảng viên',
    unit: 'đảng viên',
    header: [
      ['STT', 'Nội dung', 'Năm 2021', '<', 'Năm 2022', '<'],
      ['^', '^', 'Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)'],
    ],
    rows: [
      ['', 'Tổng số đảng viên được đánh giá', 31850, 100, 32500, 100],
      // Planted: the 2022 share of "xuất sắc" computed on "hoàn thành tốt" (26.325) instead of the total: 19,75.
      ['1', 'Hoàn thành xuất sắc nhiệm vụ', 4770, 14.98, 5200, 19.75],
      ['2', 'Hoàn thành tốt nhiệm vụ', 25481, 80, 26325, 81],
      // Planted: 5.892/31.850 = 18,4992% truncated to 18,49.
      ['3', 'Hoàn thành nhiệm vụ', 5892, 18.49, 5850, 18],
      ['4', 'Không hoàn thành nhiệm vụ', 477, 1.5, 325, 1],
    ],
    formats: { 2: COUNT, 3: PCT2, 4: COUNT, 5: PCT2 },
  },
  {
    name: 'Biểu 4',
    title: 'Biểu 4. Thi hành kỷ luật đảng viên theo hình thức',
    unit: 'đảng viên',
    // Planted: the ratio column names the wrong term (2010 - 2015 instead of 2015 - 2020).
    header: [['STT', 'Hình thức kỷ luật', 'Nhiệm kỳ 2015 - 2020', 'Nhiệm kỳ 2020 - 2025', 'Tăng (+), giảm (-)', 'So sánh với nhiệm kỳ 2010 - 2015 (%)']],
    rows: [
      // Planted: the 2020 - 2025 total's formula leaves out the last row (Khai trừ).
      ['', 'Tổng số', { formula: 'SUM(C6:C9)', result: 412 }, { formula: 'SUM(D6:D8)', result: 330 }, -47, 88.59],
      ['1', 'Khiển trách', 245, 221, -24, 90.2],
      ['2', 'Cảnh cáo', 112, 98, -14, 87.5],
      ['3', 'Cách chức', 18, 11, -7, 61.11],
      // Planted: the decrease written as +2 (sign flipped).
      ['4', 'Khai trừ', 37, 35, 2, 94.59],
    ],
    formats: { 2: COUNT, 3: COUNT, 4: '+#,##0;-#,##0;0', 5: PCT2 },
  },
  {
    name: 'Biểu 5',
    title: 'Biểu 5. Quy hoạch cán bộ theo nhiệm kỳ',
    unit: 'người',
    header: [
      ['STT', 'Chức danh quy hoạch', 'Nhiệm kỳ 2020 - 2025', '<', '<', 'Nhiệm kỳ 2025 - 2030', '<', '<', 'Tăng (+), giảm (-) tổng số'],
      ['^', '^', 'Tổng số', 'Trong đó', '<', 'Tổng số', 'Trong đó', '<', '^'],
      ['^', '^', '^', 'Nữ', 'Trẻ dưới 40 tuổi', '^', 'Nữ', 'Trẻ dưới 40 tuổi', '^'],
    ],
    rows: [
      ['1', 'Ban Chấp hành Đảng bộ tỉnh', 120, 30, 18, 130, 35, 22, 10],
      // Planted: the 2025 - 2030 "Nữ" and "Trẻ" figures swapped (should be 11 and 6).
      ['2', 'Ban Thường vụ Tỉnh ủy', 45, 9, 5, 48, 6, 11, 3],
      ['3', 'Chủ chốt cấp huyện', 210, 52, 40, 225, 60, 46, 15],
      ['', 'Cộng', 375, 91, 63, 403, 106, 74, 28],
    ],
    formats: { 2: COUNT, 3: COUNT, 4: COUNT, 5: COUNT, 6: COUNT, 7: COUNT, 8: '+#,##0;-#,##0;0' },
  },
  {
    name: 'Biểu 6',
    title: 'Biểu 6. Kết quả đánh giá tổ chức cơ sở đảng',
    unit: 'tổ chức',
    header: [
      ['STT', 'Nội dung', 'Năm 2018', '<', 'Năm 2019', '<', 'Tăng, giảm tỷ lệ (%)'],
      ['^', '^', 'Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)', '^'],
    ],
    rows: [
      // Planted: 0,93 typed for 0,39 points (two digits swapped).
      ['1', 'Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên', '516/520', 99.23, '518/520', 99.62, 0.93],
      ['2', 'Chi bộ ấp, khu vực hoàn thành tốt nhiệm vụ', '349/525', 66.48, '360/525', 68.57, 2.09],
      ['3', 'Đảng bộ xã hoàn thành tốt nhiệm vụ', '08/08', 100, '07/08', 87.5, -12.5],
      // Planted: 2/65 = 3,0769% truncated to 3,07.
      ['4', 'Chi bộ cơ quan hoàn thành xuất sắc nhiệm vụ', '2/65', 3.07, '3/65', 4.62, 1.55],
    ],
    formats: { 3: PCT2, 5: PCT2, 6: PCT2 },
  },
  {
    // A clean table too wide for a portrait page: the report sets it in its own landscape section.
    name: 'Biểu 7',
    title: 'Biểu 7. Đảng viên mới kết nạp theo đơn vị, giới tính, độ tuổi và trình độ, năm 2023',
    unit: 'người',
    header: [['STT', 'Đơn vị', 'Tổng số', 'Nữ', 'Dân tộc thiểu số', 'Tôn giáo', 'Dưới 30 tuổi', 'Từ 30 đến 40 tuổi', 'Trên 40 tuổi', 'Trung học phổ thông', 'Trung cấp', 'Cao đẳng', 'Đại học', 'Sau đại học']],
    rows: [
      ['', 'Tổng số', 365, 158, 20, 12, 215, 113, 37, 23, 75, 42, 207, 18],
      ['1', 'Huyện Châu Thành', 120, 48, 6, 3, 70, 38, 12, 10, 30, 15, 60, 5],
      ['2', 'Huyện Phước Long', 95, 40, 12, 5, 55, 30, 10, 8, 25, 12, 47, 3],
      ['3', 'Thành phố Bạc Liêu', 150, 70, 2, 4, 90, 45, 15, 5, 20, 15, 100, 10],
    ],
    formats: { 2: COUNT, 3: COUNT, 4: COUNT, 5: COUNT, 6: COUNT, 7: COUNT, 8: COUNT, 9: COUNT, 10: COUNT, 11: COUNT, 12: COUNT, 13: COUNT },
  },
  {
    name: 'Tổng hợp',
    title: 'Tổng hợp tổ chức cơ sở đảng (trích từ báo cáo các huyện)',
    unit: 'tổ chức',
    header: [['STT', 'Nội dung', 'Năm 2023']],
    rows: [
      // Planted: a stale copy of Biểu 1 (504 and 177 where Biểu 1 has 498 and 171).
      ['', 'Tổng số tổ chức cơ sở đảng', 504],
      ['1', 'Đảng bộ cơ sở', 177],
      ['2', 'Chi bộ cơ sở', 327],
    ],
    formats: { 2: COUNT },
  },
];

/** What the demo must find: sheet, cell, and the fix expected (or the rule for findings without a fix). */
export const PLANTED = [
  { sheet: 'Biểu 1', cell: 'D8', rule: 'difference', fix: '327', why: 'digit' },
  { sheet: 'Biểu 2', cell: 'C8', rule: 'share', fix: '654', why: 'transposition' },
  { sheet: 'Biểu 2', cell: 'C15', rule: 'input' },
  { sheet: 'Biểu 3', cell: 'F7', rule: 'share', fix: '16,00', why: 'base' },
  { sheet: 'Biểu 3', cell: 'D9', rule: 'share', fix: '18,50', why: 'truncation' },
  { sheet: 'Biểu 4', cell: 'F4', rule: 'term-label' },
  { sheet: 'Biểu 4', cell: 'D5', rule: 'formula' },
  { sheet: 'Biểu 4', cell: 'E9', rule: 'difference', fix: '-2', why: 'sign' },
  { sheet: 'Biểu 5', cell: 'G8', rule: 'sum', fix: '11', why: 'swap' },
  { sheet: 'Biểu 5', cell: 'H8', rule: 'sum', fix: '6', why: 'swap' },
  { sheet: 'Biểu 6', cell: 'G6', rule: 'points', fix: '0,39', why: 'transposition' },
  { sheet: 'Biểu 6', cell: 'D9', rule: 'share', fix: '3,08', why: 'truncation' },
  { sheet: 'Tổng hợp', cell: 'C5', rule: 'cross' },
] as const;

const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };

function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec): void {
  const ws = wb.addWorksheet(spec.name);
  const width = spec.header[0].length;
  ws.getCell(1, 1).value = spec.title;
  ws.getCell(1, 1).font = { bold: true, name: 'Times New Roman', size: 13 };
  ws.getCell(2, width).value = `Đơn vị tính: ${spec.unit}`;
  ws.getCell(2, width).alignment = { horizontal: 'right' };
  const top = 4;
  spec.header.forEach((line, i) => {
    line.forEach((text, j) => {
      if (text === '<' || text === '^') return;
      const cell = ws.getCell(top + i, j + 1);
      cell.value = text;
      cell.font = { bold: true, name: 'Times New Roman', size: 12 };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    });
  });
  // Merge each header cell over the "<" to its right and "^" below it.
  spec.header.forEach((line, i) => {
    line.forEach((text, j) => {
      if (text === '<' || text === '^') return;
      let right = j;
      while (right + 1 < width && line[right + 1] === '<') right++;
      let bottom = i;
      while (bottom + 1 < spec.header.length && spec.header[bottom + 1][j] === '^') bottom++;
      if (right > j || bottom > i) ws.mergeCells(top + i, j + 1, top + bottom, right + 1);
    });
  });
  const bodyTop = top + spec.header.length;
  spec.rows.forEach((row, i) => {
    row.forEach((value, j) => {
      const cell = ws.getCell(bodyTop + i, j + 1);
      if (value === null || value === '') return;
      cell.value = value;
      if (spec.formats[j] && typeof value !== 'string') cell.numFmt = spec.formats[j];
      cell.alignment = { horizontal: typeof value === 'string' && j < 2 ? (j === 0 ? 'center' : 'left') : 'right' };
      cell.font = { name: 'Times New Roman', size: 12, bold: j === 1 && /^(Tổng|Cộng)/.test(String(value)) };
    });
  });
  for (let r = top; r < bodyTop + spec.rows.length; r++) for (let c = 1; c <= width; c++) ws.getCell(r, c).border = border;
  if (spec.source) ws.getCell(bodyTop + spec.rows.length, 1).value = spec.source;
  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 44;
  for (let c = 3; c <= width; c++) ws.getColumn(c).width = 14;
}

export function buildExampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Soát Số';
  // A fixed date keeps the generated file identical from run to run.
  wb.created = new Date(Date.UTC(2023, 7, 4));
  wb.modified = wb.created;
  for (const spec of SHEETS) addSheet(wb, spec);
  return wb;
}

// The same folder whether run from the sources or from the compiled dist/ copy.
export const EXAMPLE_PATH = join(__dirname.replace(/[\\/]dist(?=[\\/])/, ''), 'bao-cao-mau.xlsx');

if (require.main === module) {
  const out = process.argv[2] ?? EXAMPLE_PATH;
  const existed = existsSync(out);
  buildExampleWorkbook()
    .xlsx.writeFile(out)
    .then(() => process.stdout.write(`${existed ? 'Đã tạo lại' : 'Đã tạo'} ${out}\n`));
}
