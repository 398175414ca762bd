// Tables the example workbook does not have, for the report: one too wide for a portrait page, and a
// single series (a rate by year, no breakdown).
import { sheet } from './sheet';

export const WIDE_ROWS: (string | number | null)[][] = [
  ['Biểu 7. Đảng viên mới kết nạp theo đơn vị, giới tính, độ tuổi và trình độ, năm 2023'],
  [null, null, null, null, null, null, null, null, null, null, null, null, null, 'Đơn vị tính: người'],
  ['STT', 'Đơn vị', 'Tổng số', 'Nữ', 'Dân tộc thiểu số', 'Tôn giáo', 'Dưới 30 tuổi', 'Từ 30 đến 40 tuổi', 'Trên 40 tuổi', 'Trung học phổ thông', 'Trung cấp', 'Cao đẳng', 'Đại học', 'Sau đại học'],
  ['', 'Tổng số', 365, 158, 20, 12, 215, 113, 37, 23, 75, 42, 207, 18],
  ['1', 'Huyện Châu Thành', 120, 48, 6, 3, 70, 38, 12, 10, 30, 15, 60, 5],
  ['2', 'Huyện Phước Long', 95, 40, 12, 5, 55, 30, 10, 8, 25, 12, 47, 3],
  ['3', 'Thành phố Bạc Liêu', 150, 70, 2, 4, 90, 45, 15, 5, 20, 15, 100, 10],
];

export const WIDE = sheet('Biểu 7', WIDE_ROWS);

export const SERIES_ROWS: (string | number | null)[][] = [
  ['Biểu 8. Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên'],
  [null, null, null, null, null, 'Đơn vị tính: tổ chức'],
  ['STT', 'Nội dung', 'Năm 2022', null, 'Năm 2023', null],
  [null, null, 'Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)'],
  ['1', 'Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên', '337/370', 91.08, '341/367', 92.92],
];

export const SERIES = sheet('Biểu 8', SERIES_ROWS, ['A3:A4', 'B3:B4', 'C3:D3', 'E3:F3']);
