// The part of a report on what lies ahead: a section headed "IV. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2025", "PHƯƠNG HƯỚNG,
// NHIỆM VỤ NĂM 2026", "KẾ HOẠCH NĂM 2025", "KIẾN NGHỊ, ĐỀ XUẤT". Its figures are targets and requests ("Tuyển sinh 1.138 học viên … để hoàn
// thành 100% kế hoạch năm"), never the body's results written again, however alike their words and digits.
import type { Paragraph } from './document';
import { isHeading } from './section-terms';

// "IV. KẾ HOẠCH NĂM 2025" sets the year ahead; "TÌNH HÌNH THỰC HIỆN KẾ HOẠCH" reports on one (DONE).
const AHEAD = /(?<![\p{L}])(?:nhiệm vụ|phương hướng|giải pháp|mục tiêu|kiến nghị|đề xuất|kế hoạch)(?![\p{L}])/iu;
// "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024" reports on tasks done.
const DONE = /(?<![\p{L}])(?:kết quả|tình hình|đánh giá|thực hiện)(?![\p{L}])/iu;

/** Per paragraph, whether it stands under a heading of the tasks ahead (until the next heading). */
export function aheadParagraphs(paragraphs: Paragraph[]): boolean[] {
  let under = false;
  return paragraphs.map((para) => {
    if (para.location !== 'body') return false;
    if (isHeading(para.text)) {
      under = AHEAD.test(para.text) && !DONE.test(para.text);
      return false;
    }
    return under;
  });
}
