// The pane's template actions as the worker runs them: refusals say why, in the pane's language.
import { readFileSync } from 'node:fs';
import { runTemplateTask } from '../src/taskpane/template-tasks';
import { readWorkbook } from '../src/xlsx/read';
import { EXAMPLE_PATH } from '../examples/build-example';

describe('template tasks', () => {
  test('roll: a bad period, a sheet already at the period, and a good roll', async () => {
    const sheets = await readWorkbook(readFileSync(EXAMPLE_PATH));
    expect(runTemplateTask({ kind: 'roll', sheets, sheet: 'Biểu 4', to: 'kỳ sau', lang: 'vi' })).toEqual({ kind: 'refused', message: '"kỳ sau" không phải một nhiệm kỳ (2025 - 2030) hay một năm (2024)' });
    expect(runTemplateTask({ kind: 'roll', sheets, sheet: 'Biểu 5', to: '2025 - 2030', lang: 'vi' })).toEqual({ kind: 'refused', message: 'Giữ nguyên: bảng đã ở kỳ 2025 - 2030' });
    expect(runTemplateTask({ kind: 'roll', sheets, sheet: 'Biểu 5', to: '2025 - 2030', lang: 'en' })).toEqual({ kind: 'refused', message: 'Left as is: the table is already at 2025 - 2030' });
    const ok = runTemplateTask({ kind: 'roll', sheets, sheet: 'Biểu 1', to: '2024', lang: 'vi' });
    expect(ok.kind).toBe('rolled');
    if (ok.kind !== 'rolled') return;
    expect(ok.name).toBe('Biểu 1 (2024)');
    expect(ok.template.tables.map((t) => [t.id, t.sheet])).toEqual([['Biểu 1 (2024)/1', 'Biểu 1 (2024)']]);
    expect(ok.template.tables[0].columns.map((c) => c.header).slice(2, 4)).toEqual(['Năm 2023', 'Năm 2024']);
  });

  test('library: a period of the wrong kind is refused; import: bad JSON and a malformed template are refused', () => {
    expect(runTemplateTask({ kind: 'library', id: 'ky-luat', period: '2024', taken: [], lang: 'vi' })).toEqual({ kind: 'refused', message: 'Bảng "Thi hành kỷ luật đảng viên theo hình thức (theo nhiệm kỳ)" cần một nhiệm kỳ, ví dụ 2025 - 2030' });
    expect(runTemplateTask({ kind: 'import', text: '{', lang: 'vi' })).toMatchObject({ kind: 'refused', message: expect.stringContaining('Tệp không phải JSON') });
    expect(runTemplateTask({ kind: 'import', text: '{"format":"soatso-template","version":1,"tables":[{"id":1}]}', lang: 'vi' })).toEqual({ kind: 'refused', message: 'Mẫu bảng không hợp lệ ở "tables[0].id": phải là chuỗi ký tự' });
    const save = runTemplateTask({ kind: 'save', sheets: [], lang: 'vi' });
    expect(save).toEqual({ kind: 'refused', message: 'Không có bảng nào để lưu làm mẫu' });
  });
});

describe('table documents for the Word pane', () => {
  test('a workbook that stores templates gets their footnote sentences, at the cells where the table is', async () => {
    const { buildLibraryTable, LIBRARY, mergeTemplates } = await import('../src/core');
    const { periodsIn } = await import('../src/core/table/periods');
    const { tableDocuments } = await import('../src/taskpane/table-documents');
    const built = buildLibraryTable(LIBRARY.find((e) => e.id === 'ky-luat')!, periodsIn('2025 - 2030')[0], 'Kỷ luật');
    const template = mergeTemplates(undefined, [built.template]);
    const [withTemplate] = tableDocuments([built.sample], 'vi', template);
    expect(withTemplate.footnotes).toEqual(['Nhiệm kỳ 2025 - 2030 đã thi hành kỷ luật 365 đảng viên, so với nhiệm kỳ 2020 - 2025 (412 đảng viên) bằng 88,59%.']);
    const [without] = tableDocuments([built.sample], 'vi');
    expect(without.footnotes).not.toEqual(withTemplate.footnotes);
  });
});
