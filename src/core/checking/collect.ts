// Reading each figure cell of a table, and saying what is wrong with the cell itself (text, #DIV/0!, "...").
import { a1 } from '../address';
import { CellValue, interpretCell } from '../cell-value';
import { CellValues } from '../cell-values';
import type { Finding } from '../findings';
import type { Messages } from '../messages';
import { cellAt, mergeOwners, positionKey, SheetInput } from '../sheet';
import { cellText } from '../table/detect';
import type { Table, TableColumn } from '../table/types';
import type { Key } from '../rules/types';
import { Fmt } from './shared';
import { isNegative, SmallFigure } from '../numbers/small';

export const FIGURE_ROLES = new Set(['value', 'share', 'difference', 'ratio']);
/** Excel keeps 15 significant digits; figures from 10^15 on are not what was typed. */
const HUGE = 10n ** 15n;

export function isCountColumn(column: TableColumn): boolean {
  return column.role.kind === 'value' || (column.role.kind === 'difference' && !column.role.points);
}

/** `keyOf` is keyMaker(sheet.name): a CellValues store takes each figure at the position its key names. */
export function collectFigures(
  sheet: SheetInput,
  table: Table,
  owners: ReturnType<typeof mergeOwners>,
  keyOf: (row: number, col: number) => Key,
  values: Map<Key, CellValue>,
  formulas: Map<Key, string>,
  findings: Finding[],
  say: Messages,
  fmt: Fmt,
): void {
  const columns = table.columns.filter((c) => FIGURE_ROLES.has(c.role.kind));
  // A row of changes between periods ("Tăng (+), giảm (-)") holds negative figures by nature.
  const comparing = new Set((table.comparisons ?? []).map((c) => c.row));
  const blankIsZero = table.rowGroups.some((g) => g.reading === 'written') || table.colGroups.some((g) => g.reading === 'written');
  const rows = table.rows.filter((r) => r.kind !== 'connector');
  let viStyled = 0;
  const plain: { cell: string; text: string; value: CellValue }[] = [];
  const add = (f: Omit<Finding, 'sheet' | 'table' | 'fix' | 'cells' | 'expected'> & { expected?: string }) =>
    findings.push({ expected: '', ...f, sheet: sheet.name, table: table.id, cells: [f.cell], fix: null });

  // The store that takes a figure at its position (see setAt), asked once rather than at every cell.
  const store = values instanceof CellValues ? values : undefined;
  for (const column of columns) {
    const hint = { expectInteger: isCountColumn(column) };
    // Indexed: a for…of over every figure cell made an iterator result per cell where this runs unoptimized.
    for (let ri = 0; ri < rows.length; ri++) {
      const row = rows[ri];
      // The address (a1) is written only into findings, and most cells have none.
      const key = keyOf(row.row, column.col);
      const raw = cellAt(sheet, row.row, column.col);
      const owner = owners.size ? owners.get(positionKey(row.row, column.col)) : undefined;
      if (owner) {
        add({ cell: a1(row.row, column.col), rule: 'input', severity: 'info', stated: '', message: say.merged(a1(row.row, column.col), a1(owner.row, owner.col)) });
        values.set(key, { kind: 'blank' });
        continue;
      }
      const read = interpretCell(raw, hint);
      // An official form that writes its sums down leaves a count blank where there is none (forms.md, Biểu 5).
      const value: CellValue = read.kind === 'blank' && blankIsZero && isCountColumn(column) ? { kind: 'nil' } : read;
      if (store) store.setAt(sheet.name, row.row, column.col, key, value);
      else values.set(key, value);
      if (raw?.formula) formulas.set(key, raw.formula);
      const text = value.kind === 'number' && value.source === 'number' ? '' : cellText(raw);
      switch (value.kind) {
        case 'text':
          add({ cell: a1(row.row, column.col), rule: 'input', severity: 'warning', stated: text, message: say.text(a1(row.row, column.col), text) });
          break;
        case 'error':
          add({ cell: a1(row.row, column.col), rule: 'input', severity: 'error', stated: value.code, message: say.errorValue(a1(row.row, column.col), value.code) });
          break;
        case 'placeholder':
          add({ cell: a1(row.row, column.col), rule: 'input', severity: 'info', stated: text, message: say.placeholder(a1(row.row, column.col), text) });
          break;
        case 'ambiguous':
          add({
            cell: a1(row.row, column.col),
            rule: 'input',
            severity: 'warning',
            stated: text,
            message: say.ambiguous(a1(row.row, column.col), text, value.readings.map((r) => fmt(r.value, r.decimals, r.percent))),
          });
          break;
        case 'number': {
          // Formatted only for a finding (shownText, not a closure made for every number cell).
          if (value.source === 'text') {
            if (value.style === 'en') add({ cell: a1(row.row, column.col), rule: 'input', severity: 'warning', stated: text, expected: shownText(fmt, value), message: say.englishStyle(a1(row.row, column.col), text, shownText(fmt, value)) });
            if (value.style === 'vi' && text.includes('.')) viStyled++;
            if (value.style === 'plain') plain.push({ cell: a1(row.row, column.col), text, value });
          }
          if (isNegative(value) && column.role.kind === 'value' && !comparing.has(row.row)) add({ cell: a1(row.row, column.col), rule: 'input', severity: 'warning', stated: shownText(fmt, value), message: say.negative(a1(row.row, column.col), shownText(fmt, value)) });
          if (isHuge(value)) add({ cell: a1(row.row, column.col), rule: 'input', severity: 'warning', stated: shownText(fmt, value), message: say.huge(a1(row.row, column.col), shownText(fmt, value)) });
          break;
        }
      }
    }
  }
  if (viStyled > 0) {
    for (const p of plain) {
      if (p.value.kind !== 'number') continue;
      const shown = fmt(p.value.value, p.value.decimals, p.value.percent);
      add({ cell: p.cell, rule: 'input', severity: 'warning', stated: p.text, expected: shown, message: say.plainStyle(p.cell, p.text, shown) });
    }
  }
}


/** |value| ≥ 10^15. A numerator read as a double below it settles it; otherwise n ≥ HUGE first: the product is a
 * fresh BigInt, and d ≥ 1 makes it needed only for the rare huge figure. */
function isHuge(value: SmallFigure): boolean {
  const n = value.num;
  if (n !== undefined && Math.abs(n) < 1e15) return false;
  return value.value.n >= HUGE && value.value.n >= HUGE * value.value.d;
}

function shownText(fmt: Fmt, value: Extract<CellValue, { kind: 'number' }>): string {
  return fmt(value.value, value.decimals, value.percent);
}
