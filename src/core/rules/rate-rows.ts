// Rows of rates under the counts they rate, periods across the columns: "Hoàn thành tốt nhiệm vụ | 58 | 56 | …"
// then "Tỷ lệ so với số TCCSĐ được đánh giá (%) | 95,08 | 93,33 | …". Each rate is the row above it over a base row:
// the row its label names ("so với số …", "trên tổng số …") when exactly one row answers to the name, else the row
// above it whose figures explain most columns. A rate row naming no row and explained by none is not checked.
import type { Table } from '../table/types';
import { evaluateRule, Values } from './evaluate';
import type { Key, Rule } from './types';

export interface RateRow {
  target: number;
  part: number;
  base: number;
  /** The label names the base: failures are errors. Chosen by the figures: they stand or fall with the row. */
  named: boolean;
}

const RATE_LABEL = /^(?:[-–+•]\s*)?(?:tỷ lệ|tỉ lệ)(?![\p{L}])/iu;
// A change of a rate or of a count is not a share of another row.
const CHANGE = /tăng|giảm|so với (?:năm|kỳ|cùng kỳ|nhiệm kỳ)/iu;
const NAME = /(?:so với|trên|của)\s+(?:tổng\s+)?(?:số\s+)?(.+?)\s*(?:\(%\)|%)?\s*$/iu;
const FILLER = new Set(['số', 'tổng', 'các', 'của', 'được', 'và', 'trong', 'đó']);
const words = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !FILLER.has(w));

export function rateRows(table: Table, rows: Table['rows'], valueCols: number[], values: Values, key: (row: number, col: number) => Key): RateRow[] {
  const out: RateRow[] = [];
  rows.forEach((r, i) => {
    if (r.kind !== 'average' || !RATE_LABEL.test(r.label) || CHANGE.test(r.label)) return;
    const above = rows.slice(0, i).filter((x) => x.kind !== 'average' && x.kind !== 'connector');
    const part = above.at(-1);
    if (!part) return;
    // A base may be a row of averages that counts ("Dân số trung bình"), never another rate.
    const candidates = rows.slice(0, i).filter((x) => x !== part && x.kind !== 'connector' && !RATE_LABEL.test(x.label) && x.row < part.row).reverse();
    const share = (base: number, col: number): Rule => ({ id: '', table: '', kind: 'share', share: key(r.row, col), part: key(part.row, col), base: key(base, col), baseKind: 'total' });
    const name = NAME.exec(r.label)?.[1];
    if (name) {
      const wanted = words(name);
      const answering = candidates.filter((c) => wanted.length > 0 && wanted.every((w) => words(c.label).includes(w)));
      if (answering.length === 1) {
        out.push({ target: r.row, part: part.row, base: answering[0].row, named: true });
        return;
      }
    }
    let best: { base: number; explained: number; tried: number } | undefined;
    for (const c of candidates) {
      let explained = 0;
      let tried = 0;
      for (const col of valueCols) {
        const outcome = evaluateRule(share(c.row, col), values);
        if (outcome.status === 'skip') continue;
        tried++;
        if (outcome.status === 'ok' || outcome.severity === 'warning') explained++;
      }
      if (!best || explained > best.explained) best = { base: c.row, explained, tried };
    }
    if (best && best.explained >= 2 && best.explained * 2 > best.tried) out.push({ target: r.row, part: part.row, base: best.base, named: false });
  });
  return out;
}
