// Building sheets in tests the way a host would hand them to the core.
import { parseRangeA1, RawCell, SheetInput } from '../../src/core';

export type Entry = string | number | null | RawCell;

export function sheet(name: string, rows: Entry[][], merges: string[] = [], hiddenRows: number[] = []): SheetInput {
  return {
    name,
    cells: rows.map((row) =>
      row.map((entry): RawCell | undefined => {
        if (entry === null || entry === '') return undefined;
        if (typeof entry === 'object') return entry;
        return { value: entry };
      }),
    ),
    merges: merges.map((m) => parseRangeA1(m)!),
    hiddenRows,
  };
}

/** A small table of base party organizations by type over two years, with difference and ratio. */
export function organizationsTable(overrides: Record<string, Entry> = {}): SheetInput {
  const rows: Entry[][] = [
    ['Biểu 1. Tổ chức cơ sở đảng'],
    [null, null, null, null, null, 'Đơn vị tính: tổ chức'],
    ['STT', 'Nội dung', 'Năm 2022', 'Năm 2023', 'Tăng (+), giảm (-)', 'So sánh (%)'],
    ['', 'Tổng số', 525, 498, -27, 94.86],
    ['1', 'Đảng bộ cơ sở', 167, 171, 4, 102.4],
    ['2', 'Chi bộ cơ sở', 358, 327, -31, 91.34],
  ];
  for (const [address, value] of Object.entries(overrides)) {
    const m = /^([A-Z])(\d+)$/.exec(address)!;
    rows[Number(m[2]) - 1][m[1].charCodeAt(0) - 65] = value;
  }
  return sheet('Biểu 1', rows);
}
