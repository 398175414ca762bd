// --compare: the province's own typed table against the districts' sum, each difference explained by the districts'
// notes on that cell when one explains it ("ở Long Mỹ thiếu dòng Chi bộ cơ sở").
import { a1 } from '../address';
import { interpretCell, numericValue } from '../cell-value';
import { formatVi } from '../numbers/format';
import { cellAt, SheetInput } from '../sheet';
import { detectTables } from '../table/detect';
import { labelKey, periodlessHeader } from '../table/periods';
import { alignKeys, applyTemplate, Template } from '../template';
import type { CompareFinding, GatherResult } from './types';

export function compareProvince(gathered: GatherResult, sheets: SheetInput[]): { findings: CompareFinding[]; unmatched: string[] } {
  // The province's workbook names its sheets as the template does: apply the template as it was given.
  const template: Template = { ...gathered.template, tables: gathered.tables.map((g) => g.template) };
  const detected = new Map(sheets.map((s) => [s.name, detectTables(s)]));
  const applied = applyTemplate(template, sheets, detected);
  const findings: CompareFinding[] = [];
  const n = gathered.included.length;
  for (const a of applied.tables) {
    const g = gathered.tables.find((x) => x.template.id === a.template.id)!;
    const t = g.template;
    const table = a.table;
    const sheet = sheets.find((s) => s.name === table.sheet)!;
    const rowAt = new Map(alignKeys(t.rows.map((r) => labelKey(r.label)), table.rows.map((r) => labelKey(r.label))).map(([i, j]) => [t.rows[i].row, table.rows[j].row]));
    const colAt = new Map(alignKeys(t.columns.map((c) => periodlessHeader(c.header)), table.columns.map((c) => periodlessHeader(c.header))).map(([i, j]) => [t.columns[i].column, table.columns[j].col]));
    for (const c of t.columns) {
      if (c.role !== 'value') continue;
      const col = colAt.get(c.column);
      if (col === undefined) continue;
      for (const r of t.rows) {
        const row = rowAt.get(r.row);
        if (row === undefined || r.kind === 'connector') continue;
        const province = numericValue(interpretCell(cellAt(sheet, row, col), { expectInteger: true }));
        const sum = g.figures.get(`${c.column}${r.row}`);
        if (!province || !sum || province.equals(sum)) continue;
        const cell = a1(row, col);
        const why = g.caveats.get(`${c.column}${r.row}`) ?? [];
        const districts = gathered.included.concat(gathered.districts.filter((d) => !d.included).map((d) => d.name)).filter((d) => why.some((w) => w.includes(d)));
        const diff = province.sub(sum);
        const message =
          `${cell}: tỉnh ghi ${formatVi(province)}, cộng ${n} huyện được ${formatVi(sum)}; chênh ${formatVi(diff.abs())}` +
          (why.length ? `, ${why.join('; ')}` : ' — không đơn vị nào giải thích được chênh lệch này: kiểm tra lại số của tỉnh hoặc của các huyện');
        findings.push({ table: t.id, sheet: table.sheet, cell, province, sum, districts, message });
      }
    }
  }
  return { findings, unmatched: applied.unmatched.map((t) => t.id) };
}
