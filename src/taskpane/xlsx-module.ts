// The exceljs-based reader and writer, as one lazily loaded chunk of the file host.
export { readWorkbook } from '../xlsx/read';
export { correctedCopy } from '../xlsx/write';
export { recomputeSums } from '../core/recompute';
export { readDocx } from '../docx/read';
export { parseExportedText } from '../core/prose/document';
export { readStoredTemplate } from '../xlsx/template-part';
export { withAdditions } from '../xlsx/additions';
