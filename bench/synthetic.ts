// A synthetic workbook of consistent statistical tables, seeded so every run measures the same thing.
import { exactFromDecimal, roundHalfUp, SheetInput } from '../src/core';
import type { Entry } from '../test/helpers/sheet';
import { sheet } from '../test/helpers/sheet';

const COLUMNS = ['STT', 'Nội dung', 'Năm 2022', 'Năm 2023', 'Tăng (+), giảm (-)', 'So sánh (%)', 'Tỷ lệ (%)'];

/** A seeded generator so every run measures the same workbook. */
function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const r2 = (x: number, base: number) => Number(roundHalfUp(exactFromDecimal(String(x)).mul(100).div(base), 2).valueOf());

/** One table: a total, `sections` numbered rows, each the sum of `parts` rows numbered 1.1, 1.2, … */
export function table(rand: () => number, id: number, sections: number, parts: number, typos: number): Entry[][] {
  const rows: Entry[][] = [COLUMNS];
  const body: { stt: string; label: string; prev: number; cur: number }[] = [];
  let totalPrev = 0;
  let totalCur = 0;
  for (let s = 1; s <= sections; s++) {
    const children = Array.from({ length: parts }, (_, p) => ({ stt: `${s}.${p + 1}`, label: `Đơn vị ${id}.${s}.${p + 1}`, prev: 1 + Math.floor(rand() * 5000), cur: 1 + Math.floor(rand() * 5000) }));
    const prev = children.reduce((a, c) => a + c.prev, 0);
    const cur = children.reduce((a, c) => a + c.cur, 0);
    totalPrev += prev;
    totalCur += cur;
    body.push({ stt: String(s), label: `Khối ${id}.${s}`, prev, cur }, ...children);
  }
  const all = [{ stt: '', label: `Tổng số bảng ${id}`, prev: totalPrev, cur: totalCur }, ...body];
  for (const row of all) rows.push([row.stt, row.label, row.prev, row.cur, row.cur - row.prev, r2(row.cur, row.prev), r2(row.cur, totalCur)]);
  // A typo in a part's current figure: it then fails its section sum, its difference and its ratio.
  for (let t = 0; t < typos; t++) {
    const at = 3 + t * (parts + 1);
    if (at < rows.length) rows[at][3] = (rows[at][3] as number) + 9;
  }
  return rows;
}

export function workbook(cells: number, typosPerTable = 0): SheetInput[] {
  const rand = random(42);
  const sheets: SheetInput[] = [];
  const perTable = 1 + 10 * (1 + 12); // total + 10 sections of 12 parts
  let made = 0;
  for (let s = 0; made < cells; s++) {
    const rows: Entry[][] = [];
    for (let t = 0; t < 8 && made < cells; t++) {
      rows.push(...table(rand, sheets.length * 8 + t, 10, 12, typosPerTable), []);
      made += (perTable + 1) * COLUMNS.length;
    }
    sheets.push(sheet(`Trang ${s + 1}`, rows));
  }
  return sheets;
}

