import { checkWorkbook } from '../src/core';
import { sheet } from './helpers/sheet';
const show = (name: string, rows: unknown[][], merges: string[] = []) => {
  const r = checkWorkbook([sheet(name, rows as never, merges)]);
  const bad = r.findings.filter((f) => f.severity !== 'info');
  console.log(`== ${name}: tables ${r.summary.tables}, rules ${r.summary.rules}, errors ${r.summary.errors}, warnings ${r.summary.warnings}, unread ${r.summary.unread}\n` + bad.map((f) => `  ${f.severity} ${f.cell} ${f.message}`).join('\n'));
};
test('probe', () => {
  show('toan-huyen-first', [
    ['KẾT QUẢ KẾT NẠP ĐẢNG VIÊN NĂM 2024'],
    ['Đơn vị', 'Chỉ tiêu giao', 'Thực hiện', 'Tỷ lệ đạt (%)'],
    ['Toàn huyện', 150, 162, 108.0],
    ['Xã Tân Phú', 20, 22, 110.0],
    ['Xã Tân Hòa', 25, 24, 96.0],
    ['Xã Phú An', 30, 36, 120.0],
    ['Thị trấn', 45, 48, 106.67],
    ['Khối cơ quan', 30, 32, 106.67],
  ]);
  show('text-figures', [
    ['STT', 'Nội dung', 'Năm 2023', 'Năm 2024', 'Tăng, giảm'],
    ['', 'Tổng số đảng viên', '4.120', '4.235', '+115'],
    ['1', 'Đảng viên chính thức', '3.998', '4.101', '+103'],
    ['2', 'Đảng viên dự bị', '122', '134', '+12'],
  ]);
  show('pct-format', [
    ['Chỉ tiêu', 'Số lượng', 'Tỷ lệ'],
    ['Tổng số', 240, { value: 1, format: '0.00%' }],
    ['Nam', 150, { value: 0.625, format: '0.00%' }],
    ['Nữ', 90, { value: 0.375, format: '0.00%' }],
  ]);
  show('two-tables', [
    ['Bảng 1. Tổ chức đảng'],
    ['Loại', 'Số lượng'],
    ['Đảng bộ cơ sở', 20],
    ['Chi bộ cơ sở', 38],
    ['Cộng', 58],
    [],
    ['Bảng 2. Đảng viên'],
    ['Loại', 'Số lượng', 'Tỷ lệ (%)'],
    ['Chính thức', 4101, 96.84],
    ['Dự bị', 134, 3.16],
    ['Cộng', 4235, 100],
  ]);
  show('inspections', [
    ['Nội dung', 'Số cuộc', 'Số tổ chức đảng', 'Số đảng viên', 'Trong đó cấp ủy viên'],
    ['Kiểm tra khi có dấu hiệu vi phạm', 12, 4, 18, 7],
    ['Kiểm tra việc thi hành kỷ luật', 8, 8, 0, 0],
    ['Giám sát chuyên đề', 35, 30, 52, 20],
    ['Tổng cộng', 55, 42, 70, 27],
  ]);
  show('ratings-nested-rows', [
    ['Chỉ tiêu', 'Năm 2023', 'Tỷ lệ (%)', 'Năm 2024', 'Tỷ lệ (%)'],
    ['Tổng số đảng viên được đánh giá', 3900, 100, 3980, 100],
    ['Hoàn thành tốt nhiệm vụ trở lên', 3510, 90.0, 3621, 90.98],
    ['Trong đó: Hoàn thành xuất sắc nhiệm vụ', 585, 16.67, 601, 16.6],
    ['Hoàn thành nhiệm vụ', 360, 9.23, 330, 8.29],
    ['Không hoàn thành nhiệm vụ', 30, 0.77, 29, 0.73],
  ]);
});
