// What the pane's template actions compute, run in the worker beside the check (they need the full core):
// saving the checked tables as templates, planning a roll forward onto a new sheet, building a library table,
// and reading an imported template file. Hosts then write the results; nothing here touches a workbook.
import {
  buildLibraryTable,
  checkWorkbook,
  DistrictStatus,
  DistrictWorkbook,
  gatherDistricts,
  Lang,
  libraryEntry,
  mergeTemplates,
  messages,
  parseTargets,
  parseTemplate,
  planWorkbookRoll,
  rolledSheetName,
  SheetInput,
  SheetLayout,
  SheetRoll,
  Template,
  TemplateError,
  templateFromChecked,
  UnreadFile,
} from '../core';

/** Where a gathering's template comes from: the one stored in the open workbook, or tables of the library for a period. */
export type GatherTemplate = { stored: Template } | { library: string[]; period: string };

export type TemplateTask =
  /** The tables of `sheets` as templates, merged into the stored ones. */
  | { kind: 'save'; sheets: SheetInput[]; stored?: Template; lang: Lang }
  /** `sheet` rolled to `to` onto a new sheet; `sheets` is the whole workbook (for names and cross-checks). */
  | { kind: 'roll'; sheets: SheetInput[]; sheet: string; to: string; stored?: Template; lang: Lang }
  | { kind: 'library'; id: string; period: string; taken: string[]; stored?: Template; lang: Lang }
  | { kind: 'import'; text: string; stored?: Template; lang: Lang }
  /** The districts' workbooks gathered by the template; `taken` are the open workbook's sheet names. */
  | { kind: 'gather'; source: GatherTemplate; districts: DistrictWorkbook[]; unread: UnreadFile[]; taken: string[]; skipErrors?: boolean; lang: Lang };

export type TemplateTaskResult =
  | { kind: 'saved'; template: Template; ids: string[] }
  | { kind: 'rolled'; template: Template; plan: SheetRoll; name: string }
  | { kind: 'layout'; template: Template; layout: SheetLayout }
  | { kind: 'imported'; template: Template; ids: string[] }
  /** Only what crosses back from the worker as plain data: statuses and the sheets to write (the sums are in them). */
  | { kind: 'gathered'; template: Template; districts: DistrictStatus[]; included: string[]; sheets: SheetLayout[] }
  | { kind: 'refused'; message: string };

export function runTemplateTask(task: TemplateTask): TemplateTaskResult {
  const vi = task.lang === 'vi';
  switch (task.kind) {
    case 'save': {
      const result = checkWorkbook(task.sheets, { lang: task.lang, template: task.stored });
      const tables = templateFromChecked(result.checked, result.applied).tables;
      if (!tables.length) return { kind: 'refused', message: vi ? 'Không có bảng nào để lưu làm mẫu' : 'There is no table to save as a template' };
      return { kind: 'saved', template: mergeTemplates(task.stored, tables), ids: tables.map((t) => t.id) };
    }
    case 'roll': {
      const parsed = parseTargets(task.to);
      if ('wrong' in parsed) return { kind: 'refused', message: vi ? `"${parsed.wrong}" không phải một nhiệm kỳ (2025 - 2030) hay một năm (2024)` : `"${parsed.wrong}" is not a term (2025 - 2030) or a year (2024)` };
      const source = task.sheets.find((s) => s.name === task.sheet);
      if (!source) return { kind: 'refused', message: vi ? `Không có trang ${task.sheet}` : `No sheet ${task.sheet}` };
      const name = rolledSheetName(task.sheet, parsed.targets[0].label, task.sheets.map((s) => s.name));
      const check = checkWorkbook(task.sheets, { lang: task.lang, sheets: [task.sheet], template: task.stored });
      const roll = planWorkbookRoll([source], check, parsed.targets, messages(task.lang), task.stored, () => name);
      const plan = roll.sheets[0];
      if (!plan || !plan.tables.some((t) => t.status === 'rolled')) {
        const reasons = plan?.tables.map((t) => (t.status === 'unchanged' ? t.reason : '')).filter(Boolean) ?? [];
        return { kind: 'refused', message: reasons.join('; ') || (vi ? `Trang ${task.sheet} không có bảng nào để chuyển kỳ` : `Sheet ${task.sheet} has no table to roll forward`) };
      }
      // Rolled tables' templates go with the new sheet; the source sheet's templates stay as they were.
      const rolledIds = new Set(plan.tables.filter((t) => t.status === 'rolled').map((t) => t.id));
      const newTables = roll.template.tables.filter((t) => rolledIds.has(t.id)).map((t) => ({ ...t, id: `${name}/${t.id.split('/').pop()}` }));
      return { kind: 'rolled', template: mergeTemplates(task.stored, newTables), plan, name };
    }
    case 'library': {
      const entry = libraryEntry(task.id);
      const parsed = parseTargets(task.period);
      if (!entry) return { kind: 'refused', message: `${task.id}?` };
      if ('wrong' in parsed || parsed.targets.length !== 1 || parsed.targets[0].kind !== entry.kind) {
        const wanted = entry.kind === 'term' ? (vi ? 'một nhiệm kỳ, ví dụ 2025 - 2030' : 'a term, e.g. 2025 - 2030') : vi ? 'một năm, ví dụ 2024' : 'a year, e.g. 2024';
        return { kind: 'refused', message: vi ? `Bảng "${entry.name}" cần ${wanted}` : `"${entry.name}" needs ${wanted}` };
      }
      const name = rolledSheetName(entry.sheet, parsed.targets[0].label, task.taken);
      const built = buildLibraryTable(entry, parsed.targets[0], name);
      return { kind: 'layout', template: mergeTemplates(task.stored, [built.template]), layout: built.layout };
    }
    case 'gather': {
      let template: Template;
      if ('stored' in task.source) template = task.source.stored;
      else {
        const parsed = parseTargets(task.source.period);
        const entries = task.source.library.map((id) => libraryEntry(id)).filter((e) => e !== undefined);
        if (!entries.length) return { kind: 'refused', message: vi ? 'Chưa chọn bảng nào làm mẫu tổng hợp' : 'No table chosen as the template to gather by' };
        const wrong = 'wrong' in parsed || parsed.targets.length !== 1 ? entries[0] : entries.find((e) => e.kind !== parsed.targets[0].kind);
        if (wrong || 'wrong' in parsed) {
          const entry = wrong ?? entries[0];
          const wanted = entry.kind === 'term' ? (vi ? 'một nhiệm kỳ, ví dụ 2025 - 2030' : 'a term, e.g. 2025 - 2030') : vi ? 'một năm, ví dụ 2024' : 'a year, e.g. 2024';
          return { kind: 'refused', message: vi ? `Bảng "${entry.name}" cần ${wanted}` : `"${entry.name}" needs ${wanted}` };
        }
        // The districts fill the library's sheets as they are named, so the template keeps the library's sheet names.
        template = mergeTemplates(undefined, entries.map((e) => buildLibraryTable(e, parsed.targets[0], e.sheet).template));
      }
      if (!template.tables.length) return { kind: 'refused', message: vi ? 'Mẫu không có bảng nào' : 'The template has no table' };
      if (!task.districts.length && !task.unread.length) return { kind: 'refused', message: vi ? 'Chưa chọn tệp nào của các đơn vị' : "No district's file chosen" };
      const result = gatherDistricts(template, task.districts, task.unread, { skipErrors: task.skipErrors, takenSheets: task.taken });
      return { kind: 'gathered', template: result.template, districts: result.districts, included: result.included, sheets: result.included.length ? result.sheets : [] };
    }
    case 'import': {
      let json: unknown;
      try {
        json = JSON.parse(task.text);
      } catch (e) {
        return { kind: 'refused', message: vi ? `Tệp không phải JSON: ${(e as Error).message}` : `Not a JSON file: ${(e as Error).message}` };
      }
      try {
        const imported = parseTemplate(json);
        return { kind: 'imported', template: mergeTemplates(task.stored, imported.tables), ids: imported.tables.map((t) => t.id) };
      } catch (e) {
        if (e instanceof TemplateError) return { kind: 'refused', message: e.message };
        throw e;
      }
    }
  }
}
