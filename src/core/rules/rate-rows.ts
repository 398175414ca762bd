// Rows of rates under the counts they rate, periods or units across the columns: "Hoàn thành tốt nhiệm vụ | 58 | 56 |
// …" then "Tỷ lệ so với số TCCSĐ được đánh giá (%) | 95,08 | 93,33 | …". Each rate is a row above it over a base row
// above that. The base is the row the label names ("so với số …", "trên tổng số …") when exactly one row answers to
// the name; the part and an unnamed base are the pair of rows whose figures explain the rate in most columns, the
// nearest part first. A rate row no pair explains is not checked.
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
const NAME = /(?:so với|trên|của)\s+(?:tổng\s+)?(?:số\s+)?(.+?)\s*(?:\(%\)|%)?\s*\)?\s*$/iu;
const FILLER = new Set(['số', 'tổng', 'các', 'của', 'được', 'và', 'trong', 'đó']);
const words = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !FILLER.has(w));

export function rateRows(table: Table, rows: Table['rows'], valueCols: number[], values: Values, key: (row: number, col: number) => Key): RateRow[] {
  const out: RateRow[] = [];
  rows.forEach((r, i) => {
    if (r.kind !== 'average' || !RATE_LABEL.test(r.label) || CHANGE.test(r.label)) return;
    // Counts only: a row of averages may still be a base ("Dân số trung bình"), never another rate.
    const above = rows.slice(0, i).filter((x) => x.kind !== 'connector' && !RATE_LABEL.test(x.label));
    const parts = above.filter((x) => x.kind !== 'average').reverse();
    const name = NAME.exec(r.label)?.[1];
    const wanted = name ? words(name) : [];
    const answering = wanted.length ? above.filter((c) => wanted.every((w) => words(c.label).includes(w))) : [];
    const namedBase = answering.length === 1 ? answering[0] : undefined;
    let best: { part: number; base: number; explained: number; tried: number } | undefined;
    for (const part of parts) {
      const bases = namedBase ? [namedBase] : above.filter((x) => x.row < part.row).reverse();
      for (const base of bases) {
        if (base === part) continue;
        let explained = 0;
        let tried = 0;
        for (const col of valueCols) {
          const rule: Rule = { id: '', table: '', kind: 'share', share: key(r.row, col), part: key(part.row, col), base: key(base.row, col), baseKind: 'total' };
          const outcome = evaluateRule(rule, values);
          if (outcome.status === 'skip') continue;
          tried++;
          if (outcome.status === 'ok' || outcome.severity === 'warning') explained++;
        }
        if (!best || explained > best.explained) best = { part: part.row, base: base.row, explained, tried };
      }
    }
    // Chance fits are rare for rates written with decimals, but a pair must still explain most columns, two at least.
    if (best && best.explained >= 2 && best.explained * 2 > best.tried) out.push({ target: r.row, part: best.part, base: best.base, named: !!namedBase });
  });
  return out;
}
