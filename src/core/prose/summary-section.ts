// The part of a report that sums up what its body has said: the section headed "ĐÁNH GIÁ CHUNG" (or "NHẬN XÉT, ĐÁNH
// GIÁ"), and a paragraph opening "Nhìn chung", "Tóm lại", "Đánh giá chung". A clerk reads its figures as the body's
// results written again, not as new counts: "Năm 2024, Trung tâm … hệ thống 482 cụm loa" under "III. ĐÁNH GIÁ CHUNG"
// restates the body's "428 cụm loa" with two digits swapped. Its part on shortcomings and the tasks ahead is not.
import type { Paragraph } from './document';
import { isHeading } from './section-terms';

const SUMMING_HEADING = /(?<![\p{L}])(?:đánh giá chung|nhận xét,?\s+đánh giá|đánh giá,?\s+nhận xét)(?![\p{L}])/iu;
const SUMMING_OPENING = /^\s*(?:nhìn chung|tóm lại|đánh giá chung|nhìn lại)(?![\p{L}])/iu;
// Its part on shortcomings or on the tasks ahead ("2. Tồn tại, hạn chế và nguyên nhân", "- Hạn chế: …") states
// problems and targets: new figures, often a narrower count ("1.847 giáo viên trực tiếp đứng lớp phải dạy vượt giờ").
const OTHER_PART = /^\s*(?:(?:\d{1,2}|[a-zđ])\s*[.)]\s*|[-–+•]\s*)?(?:những\s+)?(?:tồn tại|hạn chế|khó khăn|khuyết điểm|yếu kém|nguyên nhân|bài học|phương hướng|nhiệm vụ)(?![\p{L}])/iu;

/** Per paragraph, whether it sums up the body: under a summing heading (until the next heading) or opening so. */
export function summingParagraphs(paragraphs: Paragraph[]): boolean[] {
  let under = false;
  return paragraphs.map((para) => {
    if (para.location !== 'body') return false;
    if (isHeading(para.text)) {
      under = SUMMING_HEADING.test(para.text);
      return false;
    }
    if (OTHER_PART.test(para.text)) {
      under = false;
      return false;
    }
    return under || SUMMING_OPENING.test(para.text);
  });
}
