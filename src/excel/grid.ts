// Excel's range arrays (values, number formats, formulas, cell properties) to the core's sheet grid.
import type { RawCell, RawValue, SheetInput } from '../core';
import { parseRangeA1 } from '../core/address';

export interface UsedRangeData {
  /** 0-based position of the used range's top-left cell in the sheet. */
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  numberFormat: unknown[][];
  formulas: unknown[][];
  /** From getCellProperties: indent, bold, hidden. */
  properties?: { format?: { indentLevel?: number; font?: { bold?: boolean } }; hidden?: boolean }[][];
  /** "Sheet1!A1:B2, Sheet1!C3:C4" from getMergedAreasOrNullObject, or undefined when none. */
  mergedAddress?: string;
}

const ERROR = /^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA|BUSY!|BLOCKED!|CONNECT!|FIELD!|UNKNOWN!)$/;

function rawValue(v: unknown): RawValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  const s = String(v);
  return ERROR.test(s) ? { error: s } : s;
}

export function toSheetInput(name: string, data: UsedRangeData | undefined): SheetInput {
  const cells: (RawCell | undefined)[][] = [];
  const hidden = new Set<number>();
  if (data) {
    data.values.forEach((line, i) => {
      const row = data.rowIndex + i;
      const out: (RawCell | undefined)[] = (cells[row] = []);
      line.forEach((v, j) => {
        const value = rawValue(v);
        if (value === null) return;
        const cell: RawCell = { value };
        const format = data.numberFormat[i]?.[j];
        if (typeof format === 'string' && format !== 'General') cell.numberFormat = format;
        const formula = data.formulas[i]?.[j];
        if (typeof formula === 'string' && formula.startsWith('=')) cell.formula = formula.slice(1);
        const props = data.properties?.[i]?.[j];
        if (props?.format?.indentLevel) cell.indent = props.format.indentLevel;
        if (props?.format?.font?.bold) cell.bold = true;
        if (props?.hidden) hidden.add(row);
        out[data.columnIndex + j] = cell;
      });
    });
  }
  for (let r = 0; r < cells.length; r++) cells[r] ??= [];
  const merges = (data?.mergedAddress ?? '')
    .split(',')
    .map((a) => a.trim().replace(/^.*!/, '').replace(/\$/g, ''))
    .filter(Boolean)
    .map((a) => parseRangeA1(a)!)
    .filter(Boolean);
  return { name, cells, merges, hiddenRows: [...hidden].sort((a, b) => a - b) };
}
