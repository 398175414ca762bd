// The labelled figures of checked tables, for comparing with the same figures in the report's prose.
import { a1 } from '../address';
import { interpretCell, numericValue } from '../cell-value';
import type { Exact } from '../numbers/exact';
import { cellAt, SheetInput } from '../sheet';
import type { Table } from '../table/types';

export interface TableFigure {
  label: string;
  period?: string;
  value: Exact;
  /** "Biểu 1!D8" */
  where: string;
}

export function tableFigures(sheets: SheetInput[], tables: Table[]): TableFigure[] {
  const out: TableFigure[] = [];
  for (const table of tables) {
    const sheet = sheets.find((s) => s.name === table.sheet);
    if (!sheet) continue;
    for (const row of table.rows) {
      if (row.kind === 'connector' || !row.label) continue;
      for (const column of table.columns) {
        if (column.role.kind !== 'value') continue;
        const value = numericValue(interpretCell(cellAt(sheet, row.row, column.col)));
        if (value) out.push({ label: row.label, period: column.role.period?.label, value, where: `${table.sheet}!${a1(row.row, column.col)}` });
      }
    }
  }
  return out;
}
