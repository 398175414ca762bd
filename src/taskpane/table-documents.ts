// Each checked table as the report will show it, with its status from the same check and, when the workbook
// stores templates, their footnote sentences. Runs in the worker.
import { checkWorkbook, Lang, SheetInput, tableDocument, TableDocument, Template } from '../core';

export function tableDocuments(sheets: SheetInput[], lang: Lang, template?: Template): TableDocument[] {
  const result = checkWorkbook(sheets, { lang, template });
  const footnotes = (id: string) => result.applied?.find((a) => a.table.id === id)?.footnotes;
  return result.checked.map((c) => tableDocument(sheets.find((s) => s.name === c.table.sheet)!, c.table, result.findings, footnotes(c.table.id)));
}
