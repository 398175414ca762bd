// The term a part of a report speaks of, as its headings name it: under "Phần thứ nhất / KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT
// … NHIỆM KỲ 2020 - 2025" a paragraph reviews 2020 - 2025; under "Phần thứ hai: PHƯƠNG HƯỚNG … NHIỆM KỲ 2025 - 2030"
// or "III. NHÂN SỰ BAN CHẤP HÀNH NHIỆM KỲ 2025 - 2030" it speaks of the next term. A clerk reads a paragraph that
// names no term of its own under the heading above it.
import type { Paragraph } from './document';
import { termsIn, type Term } from './periods';

/** Per paragraph, the term its headings name, or undefined. */
export function sectionTerms(paragraphs: Paragraph[]): (Term | undefined)[] {
  let part: Term | undefined;
  let section: Term | undefined;
  // A part's title may stand on the line after "Phần thứ hai".
  let partOpen = false;
  return paragraphs.map((para) => {
    if (para.location !== 'body' || !isHeading(para.text)) {
      partOpen = false;
      return section ?? part;
    }
    const own = termsIn(para.text).filter((t) => !t.compared).at(-1);
    if (/^\s*PHẦN\s+THỨ\s/iu.test(para.text)) {
      part = own;
      section = undefined;
      partOpen = !own;
    } else if (partOpen) {
      part = own;
      partOpen = false;
    } else if (/^\s*(?:[IVXLC]+|[A-Z])\s*[.)-]/u.test(para.text)) section = own;
    return section ?? part;
  });
}

/** A heading: a short line written in capitals, or a part's or section's number. */
export function isHeading(text: string): boolean {
  if (text.length > 200) return false;
  if (/^\s*PHẦN\s+THỨ\s/iu.test(text)) return true;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 6 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length >= 0.8;
}
