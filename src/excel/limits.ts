// Sizing Excel requests to Office's limits. Excel on the web refuses a request or a response over 5 MB
// (RequestPayloadSizeLimitExceeded, often reported only as GeneralException), counting every value, number
// format, formula and cell property asked for plus the proxy objects; a get over 5,000,000 cells fails
// everywhere and Range.values can come back null instead. The estimates here err on the large side: a
// chunk that still fails is halved and retried by the caller.

export interface ExcelLimits {
  /** Estimated bytes one sync may carry (request or response). Office's limit is 5 MB; 4 MB leaves room. */
  budgetBytes: number;
  /** The smallest row band worth retrying; a band this small that still fails is reported, not split. */
  floorRows: number;
  /** Cells flagged or restored per sync. */
  writeCells: number;
}

export const DEFAULT_LIMITS: ExcelLimits = { budgetBytes: 4 * 2 ** 20, floorRows: 1, writeCells: 2000 };

/**
 * Bytes per cell for what a read asks for, as JSON: a value (a number or a label), a number format
 * ("General", "#,##0"), a formula or the value again, and the cell properties the check uses (indent, bold,
 * hidden) with their JSON keys, which dominate.
 */
export const CELL_BYTES = { values: 28, numberFormat: 14, formulas: 28, properties: 70 } as const;
export const READ_CELL_BYTES = CELL_BYTES.values + CELL_BYTES.numberFormat + CELL_BYTES.formulas + CELL_BYTES.properties;
/** Each range read costs a few proxy objects and their addresses whatever its size. */
export const RANGE_OVERHEAD_BYTES = 600;
/** A flagged cell: its range proxy, the fill, the note and its record in the settings, besides the note's text. */
export const FLAG_CELL_BYTES = 600;
/** Statistical tables of the reports are rarely wider than this; used only to guess before the size is known. */
export const TYPICAL_COLUMNS = 8;

export const estimateReadBytes = (rows: number, columns: number) => RANGE_OVERHEAD_BYTES + rows * columns * READ_CELL_BYTES;

/** Rows of a band `columns` wide that fit in `bytes`, at least one. */
export const rowsWithin = (bytes: number, columns: number) => Math.max(1, Math.floor((bytes - RANGE_OVERHEAD_BYTES) / (Math.max(1, columns) * READ_CELL_BYTES)));

export interface SheetSize {
  sheet: string;
  /** 0-based position and size of the used range. */
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** Rows [start, start + rows) of a sheet's used range. */
export interface Band {
  sheet: string;
  start: number;
  rows: number;
}

/** Splits what is left of each sheet (from `from[sheet]`) into row bands that each fit the budget. */
export function planBands(sizes: SheetSize[], from: Map<string, number>, budgetBytes: number): Band[] {
  const bands: Band[] = [];
  for (const s of sizes) {
    const per = rowsWithin(budgetBytes, s.columnCount);
    for (let start = from.get(s.sheet) ?? 0; start < s.rowCount; start += per) bands.push({ sheet: s.sheet, start, rows: Math.min(per, s.rowCount - start) });
  }
  return bands;
}

/** Takes from the front of `queue` as many bands as fit together in one sync (always at least one). */
export function takeSync(queue: Band[], widths: Map<string, number>, budgetBytes: number): Band[] {
  const out: Band[] = [];
  let bytes = 0;
  while (queue.length) {
    const next = estimateReadBytes(queue[0].rows, widths.get(queue[0].sheet) ?? 1);
    if (out.length && bytes + next > budgetBytes) break;
    out.push(queue.shift()!);
    bytes += next;
  }
  return out;
}

/** Errors after which a smaller request may succeed. */
export function isSizeFailure(e: unknown): boolean {
  const code = (e as { code?: string })?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'GeneralException' || code === 'ResponsePayloadSizeLimitExceeded';
}

/** Whole batches of `size` items. */
export function batches<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
