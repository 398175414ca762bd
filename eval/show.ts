// Debugging aid: how Soát Số reads one evaluation case (tables, columns, groups, findings).
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { caseSheets } from './lib/tables';
import { checkWorkbook, detectTables, rangeA1, columnName } from '../src/core';

const file = process.argv[2];
const c = JSON.parse(readFileSync(file.includes('/') ? file : join(__dirname, '..', '..', 'eval', 'tables', 'dev', 'cases', file), 'utf8'));
const sheets = caseSheets(c);
for (const s of sheets) {
  console.log(`--- sheet ${s.name}`);
  s.cells.forEach((row, r) => console.log(String(r + 1).padStart(3), row.map((x) => (x ? String(x.value) + (x.formula ? `{=${x.formula}}` : '') : '')).join(' | ')));
  for (const t of detectTables(s)) {
    console.log(`TABLE ${t.id} ${rangeA1(t.range)} header ${t.headerTop + 1}-${t.headerBottom + 1} unit=${t.unit} total=${t.totalRow === undefined ? '' : t.totalRow + 1}`);
    for (const col of t.columns) console.log(`  ${columnName(col.col)} ${JSON.stringify(col.role)} ← ${col.header}`);
    for (const g of t.rowGroups) console.log(`  rows ${g.parent + 1} ← ${g.parts.map((p) => p + 1).join(',')} ${g.relation} ${g.reading}`);
    for (const g of t.colGroups) console.log(`  cols ${columnName(g.parent)} ← ${g.parts.map(columnName).join(',')} ${g.relation} ${g.reading}`);
  }
}
const result = checkWorkbook(sheets);
for (const f of result.findings) console.log(`${f.severity.padEnd(7)} ${f.sheet}!${f.cell} ${f.rule}: ${f.message}`);
console.log('expected errors', JSON.stringify(c.errors), 'warnings', JSON.stringify(c.warnings ?? []));
