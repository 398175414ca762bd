// The pane's words, Vietnamese first; English when Office's display language is English.
import type { Lang, Severity } from '../core';

const vi = {
  title: 'Soát Số',
  subtitleExcel: 'Kiểm tra số liệu các bảng trong sổ tính',
  subtitleFile: 'Kiểm tra một tệp Excel ngay trên máy, không gửi đi đâu',
  open: 'Mở tệp .xlsx…',
  noFile: 'Chưa mở tệp nào',
  check: 'Kiểm tra',
  checking: 'Đang kiểm tra…',
  reading: 'Đang đọc số liệu…',
  cancel: 'Hủy',
  cancelled: 'Đã hủy kiểm tra.',
  scope: 'Phạm vi',
  scopeSelection: 'Trang đang chọn',
  scopeAll: 'Tất cả các trang',
  summary: (tables: number, errors: number, warnings: number) => `${tables} bảng · ${errors} lỗi · ${warnings} cảnh báo`,
  clean: 'Không thấy lỗi số liệu nào.',
  noTables: 'Không tìm thấy bảng thống kê nào (cần dòng tiêu đề có STT, Nội dung, Năm…, Tỷ lệ…).',
  showNotes: 'Hiện ghi chú',
  flag: 'Đánh dấu',
  flagHint: 'Tô màu các ô nên sửa và thêm ghi chú; có thể xóa lại đúng như cũ',
  unflag: 'Xóa đánh dấu',
  unflagged: (n: number) => `Đã khôi phục ${n} ô về như cũ.`,
  flagged: (n: number) => `Đã đánh dấu ${n} ô.`,
  flagUnsupported: 'Phiên bản Excel này chưa hỗ trợ tô màu và ghi chú cho ô (cần ExcelApi 1.18).',
  fix: (value: string) => `Sửa thành ${value}`,
  undo: 'Hoàn tác',
  confirmTitle: 'Sửa giá trị ô?',
  confirmBody: (cell: string, from: string, to: string) => `Ô ${cell} sẽ đổi từ ${from} thành ${to}. Có thể hoàn tác ngay trong khung này.`,
  confirm: 'Sửa',
  fixed: (cell: string, to: string) => `Đã sửa ${cell} thành ${to}.`,
  undone: (cell: string) => `Đã trả ${cell} về như cũ.`,
  download: 'Tải bản đã sửa',
  downloadHint: 'Tệp gốc không bị thay đổi; bản sửa được tải về với tên mới.',
  selected: (cell: string) => `Ô đang chọn: ${cell}`,
  severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Ghi chú' } as Record<Severity, string>,
  sheet: 'Trang',
  failed: (message: string) => `Không kiểm tra được: ${message}`,
  findings: 'Kết quả kiểm tra',
  alsoFailing: (n: number) => `${n} quy tắc khác cũng chỉ ra ô này`,
  tooOld: 'Phiên bản Excel này quá cũ để Soát Số đọc bảng (cần ExcelApi 1.13, có từ Microsoft 365 và Excel 2021). Có thể dùng bản xem trước trong trình duyệt với tệp .xlsx.',
};

export type Strings = typeof vi;

const en: Strings = {
  title: 'Soát Số',
  subtitleExcel: "Checks the figures of the workbook's tables",
  subtitleFile: 'Checks an Excel file right here; nothing is sent anywhere',
  open: 'Open .xlsx file…',
  noFile: 'No file open',
  check: 'Check',
  checking: 'Checking…',
  reading: 'Reading figures…',
  cancel: 'Cancel',
  cancelled: 'Check cancelled.',
  scope: 'Scope',
  scopeSelection: 'Current sheet',
  scopeAll: 'All sheets',
  summary: (tables, errors, warnings) => `${tables} tables · ${errors} errors · ${warnings} warnings`,
  clean: 'No figure errors found.',
  noTables: 'No statistical table found (a header row with STT, Nội dung, Năm…, Tỷ lệ… is needed).',
  showNotes: 'Show notes',
  flag: 'Flag',
  flagHint: 'Colour the cells to fix and add a note; can be removed exactly',
  unflag: 'Remove flags',
  unflagged: (n) => `Restored ${n} cells as they were.`,
  flagged: (n) => `Flagged ${n} cells.`,
  flagUnsupported: 'This version of Excel cannot colour and annotate cells (ExcelApi 1.18 needed).',
  fix: (value) => `Change to ${value}`,
  undo: 'Undo',
  confirmTitle: 'Change the cell?',
  confirmBody: (cell, from, to) => `Cell ${cell} will change from ${from} to ${to}. You can undo it from this pane.`,
  confirm: 'Change',
  fixed: (cell, to) => `Changed ${cell} to ${to}.`,
  undone: (cell) => `Put ${cell} back as it was.`,
  download: 'Download corrected copy',
  downloadHint: 'The original file is not changed; the corrected copy downloads under a new name.',
  selected: (cell) => `Selected cell: ${cell}`,
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  sheet: 'Sheet',
  failed: (message) => `The check could not run: ${message}`,
  findings: 'Findings',
  alsoFailing: (n) => `${n} more rules point at this cell`,
  tooOld: 'This version of Excel is too old for Soát Số to read tables (ExcelApi 1.13 is needed: Microsoft 365 and Excel 2021 have it). The browser preview works with an .xlsx file.',
};

export function stringsFor(lang: Lang): Strings {
  return lang === 'en' ? en : vi;
}

/** Office gives "en-US", "vi-VN", …: English for any English, Vietnamese otherwise. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}
