// The scanner against labelled claims: ours (test/fixtures/prose-labels.json, built by hand from the two
// shared drafts) and the shared set beside the project (../shared/seeds/*.claims.json, read, not copied).
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseExportedText, ProseClaim, scanParagraphs } from '../src/core';

const SEEDS = join(__dirname, '..', '..', 'shared', 'seeds');
const labels: { file: string; line: number; kind: string; anchor: string; verdict: string }[] = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'prose-labels.json'), 'utf8')).claims;

const scans = new Map<string, ProseClaim[]>();
function scan(file: string): ProseClaim[] {
  if (!scans.has(file)) scans.set(file, scanParagraphs(parseExportedText(readFileSync(join(SEEDS, file), 'utf8'))).claims);
  return scans.get(file)!;
}

const matches = (c: ProseClaim, l: (typeof labels)[number]) =>
  c.line === l.line && c.kind === l.kind && [c.quote, c.stated, c.message].some((t) => t.includes(l.anchor));

const flagged = (c: ProseClaim) => c.verdict === 'inconsistent' || c.verdict === 'rounding';

describe('prose claims against the hand-labelled set', () => {
  const files = [...new Set(labels.map((l) => l.file))];
  const have = files.every((f) => existsSync(join(SEEDS, f)));

  test('the shared drafts are beside the project', () => {
    expect(have).toBe(true);
  });

  test('recall of the inconsistent claims, false alarms, precision', () => {
    const wrong = labels.filter((l) => l.verdict === 'inconsistent');
    const found = wrong.filter((l) => scan(l.file).some((c) => matches(c, l) && c.verdict === 'inconsistent'));
    const missed = wrong.filter((l) => !found.includes(l));
    const roundingLabels = labels.filter((l) => l.verdict === 'rounding');
    const roundingFound = roundingLabels.filter((l) => scan(l.file).some((c) => matches(c, l) && c.verdict === 'rounding'));
    // A false alarm: a claim called wrong (or mis-rounded) that the labels call right, or that no label knows.
    const alarms: string[] = [];
    let flags = 0;
    let trueFlags = 0;
    for (const file of files) {
      for (const c of scan(file).filter(flagged)) {
        flags++;
        // A quote may hold the previous item's figure too: the flag is right if any label it matches agrees.
        const mine = labels.filter((l) => l.file === file && matches(c, l));
        if (mine.some((l) => l.verdict === c.verdict || (l.verdict === 'inconsistent' && c.verdict === 'rounding'))) trueFlags++;
        else alarms.push(`${file}:${c.line} ${c.kind} ${c.verdict} «${c.quote.slice(-60)}» labels=${mine.map((l) => l.verdict).join(',') || 'none'}`);
      }
    }
    const report = {
      labelled: labels.length,
      inconsistent: wrong.length,
      recall: found.length / wrong.length,
      missed: missed.map((l) => `${l.file}:${l.line} ${l.kind} ${l.anchor}`),
      roundingRecall: roundingFound.length / roundingLabels.length,
      flagged: flags,
      precision: trueFlags / flags,
      falseAlarms: alarms,
    };
    mkdirSync(join(__dirname, 'artifacts'), { recursive: true });
    writeFileSync(join(__dirname, 'artifacts', 'prose-eval.json'), JSON.stringify(report, null, 2));
    expect(report.recall).toBeGreaterThanOrEqual(0.9);
    expect(alarms).toEqual([]);
  });
});

describe('prose claims against the shared labelled set', () => {
  const file = join(SEEDS, 'bao-cao-ket-luan-38.claims.json');
  test('recall of its inconsistent in-document claims', () => {
    const shared: { id: string; line: number; quote: string; kind: string; verdict: string; check: string }[] = JSON.parse(readFileSync(file, 'utf8')).claims;
    // Claims that compare with other drafts (not in seeds/) cannot be checked from this one.
    const inDocument = shared.filter((c) => c.verdict === 'inconsistent' && !/\b0\d\d\b.*(seed|\d{3}[:)])|seed 0\d\d|\(00[0-9]\)|\b00[02-9]\b/.test(c.check + c.quote) && !/^001-0[78]$/.test(c.id));
    const claims = scan('bao-cao-ket-luan-38.txt');
    const numbersOf = (s: string) => new Set(s.match(/\d[\d.,]*\d|\d/g) ?? []);
    const hit = inDocument.filter((s) => claims.some((c) => c.line === s.line && c.verdict === 'inconsistent' && [...numbersOf(c.quote)].some((n) => numbersOf(s.quote).has(n))));
    const recall = hit.length / inDocument.length;
    writeFileSync(join(__dirname, 'artifacts', 'prose-eval-shared.json'), JSON.stringify({ inconsistentInDocument: inDocument.length, found: hit.length, recall, missed: inDocument.filter((s) => !hit.includes(s)).map((s) => s.id) }, null, 2));
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});

// The dev part of the evaluation set (eval/prose/dev, never the held-out part): the figures reached in #11,
// held so that nothing slips back. Precision comes first: a false "SAI" costs more than a miss.
describe('prose claims against the dev drafts', () => {
  test('precision, recall, rounding and extraction do not fall below what the reader reached', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { loadDrafts, proseTotals, scoreDraft } = require('../eval/lib/prose') as typeof import('../eval/lib/prose');
    const scores = loadDrafts(join(__dirname, '..', 'eval', 'prose', 'dev')).map(scoreDraft);
    const t = proseTotals(scores);
    const alarms = scores.flatMap((s) => s.alarms);
    writeFileSync(join(__dirname, 'artifacts', 'prose-eval-dev.json'), JSON.stringify({ ...t, alarms, missed: scores.flatMap((s) => s.missed) }, null, 2));
    expect(t.labels).toBe(257);
    expect(t.trueFlags / t.flagged).toBeGreaterThanOrEqual(0.98);
    // 46 since round six: d03's "chiếm 38,02%" was found only by reading its base from another item's "(trong đó …)"
    // detail (2.043 of 3.954); its whole (5.236) stands in the sentence before, which the reader does not take.
    // 47 since round thirteen: d06's share of two categories joined by "và" is read as the sum of their counts.
    expect(t.found).toBeGreaterThanOrEqual(47);
    expect(t.roundingFound).toBeGreaterThanOrEqual(20);
    expect(t.extracted).toBeGreaterThanOrEqual(223);
  });

  // The held-out parts and the learning sets, once measured, are material to learn from (eval/README.md): held at the
  // figures the sixth round reached, so that a later change does not undo a reading learned from them.
  // Round seventeen lowered nine recall floors by one or two: a change, rate, gap in points, total or fraction a third off
  // its figures and explained by no slip is left undecided (plausible-slips.ts), which across the sealed parts' first
  // runs took away sixteen reports, fourteen of them false. It lowered dev-7's precision floor too: a year two back
  // named once in a report comparing with the year before throughout is read as carried over from last year's report,
  // which finds ten labelled slips across the parts and calls one unlabelled comparison of dev-7 wrong.
  test.each([
    ['heldout', 215, 1.0, 34, 13, 174],
    ['dev-2', 239, 0.98, 41, 17, 177],
    ['heldout-2', 208, 1.0, 34, 17, 171],
    // 21 since round seven: "1.246 trường hợp (… 1.018, … 219)" is a parenthesis under its total by no slip (it may
    // name only some items).
    ['heldout-3', 284, 1.0, 20, 15, 218],
    ['heldout-4', 313, 1.0, 24, 14, 196],
    // 162 since round twenty: "1.264 camera (đầu năm 1.050)" is no list of parts; the label there is of the sum its
    // sentence makes with the cameras added, which the reader does not read.
    ['dev-3', 226, 1.0, 20, 9, 162],
    // Measured once, sealed, at the end of the fifth round (precision 33/49, recall 18/31).
    // 29 since round seven: p5-02's term was found with the report's own span read as 2010 - 2020; compared with a
    // term of another length it is a doubt now.
    ['heldout-5', 334, 0.97, 31, 16, 227],
    // Measured once before tuning on it (precision 18/21, recall 11/23).
    ['dev-4', 232, 1.0, 17, 10, 158],
    // Measured once, sealed, at the end of the sixth round (precision 42/60, recall 25/38), and dev-5 measured once
    // then, untuned (23/35, 15/23): held at what the fixes after that measurement reached.
    ['heldout-6', 368, 1.0, 30, 17, 249],
    // 131 since round eleven: v5-04's "bằng 56,23% dự toán chi … được giao (75,240 tỷ đồng)" was read of 550 over 62.728
    // (a wrong reading whose quote happened to cover two labels); it is read of its target now.
    ['dev-5', 240, 0.96, 21, 11, 136],
    // Measured once before tuning on it, at the start of the seventh round (20/24, 12/24, 9/12, 116/255); two of its
    // comparisons with a year not the one before ("so với năm 2021" in 2023) are doubts since dev-7 showed such a year
    // written on purpose.
    ['dev-6', 255, 0.96, 19, 11, 165],
    // Measured once before tuning on it, in the seventh round (17/26, 9/21, 6/12, 135/238).
    ['dev-7', 238, 0.92, 15, 11, 153],
    // Measured once, sealed, at the end of the seventh round (4c98189: precision 36/43, recall 24/36, rounding 12/17,
    // extracted 207/377): held at what the fixes after that measurement reached.
    ['heldout-7', 377, 0.95, 28, 16, 231],
    // Measured once before tuning on it, in the eighth round (322333f: precision 20/23, recall 12/24, rounding 8/9,
    // extracted 128/236).
    // 0,96 since round twenty: with an amount's items read by the figure in its unit, "18.920 ha, gồm: \"1 phải 5 giảm\"
    // 12.410 ha, \"3 giảm 3 tăng\" 9.360 ha, …" is read and found 5.000 over, one digit off; its author labels it undecided
    // (one field may follow both practices). A judgement call we leave standing.
    // Recall 18 since round twenty-two: "4.790 suất quà với tổng trị giá 2.538,6 triệu đồng, trong đó … 3.036 suất, …" was
    // found wrong by holding gifts against their value in money; a part in another unit than its whole is now undecided.
    ['dev-8', 236, 0.96, 18, 9, 145],
    // Measured once, sealed, in the eighth round (fb6645e: precision 29/35, recall 16/37, rounding 13/17, extracted
    // 207/362): held at what the fixes after that measurement reached.
    ['heldout-8', 362, 1.0, 30, 17, 243],
    // Measured once before tuning on it, in the ninth round (b918378: precision 22/24, recall 15/24, rounding 7/8,
    // extracted 135/236).
    ['dev-9', 236, 1.0, 20, 8, 144],
    // Measured once, sealed, in the ninth round (048d8ad: precision 20/21, recall 12/36, rounding 8/18, extracted
    // 193/364): held at what the fixes after that measurement reached.
    ['heldout-9', 364, 1.0, 26, 14, 233],
    // Measured once before tuning on it, in the tenth round (a8a3cd2's tree: precision 26/26, recall 17/24, rounding
    // 9/11, extracted 151/249).
    ['dev-10', 249, 1.0, 23, 11, 168],
    // Measured once, sealed, in the tenth round (5496110: precision 39/45, recall 24/37, rounding 15/18, extracted
    // 210/389): held at what the fixes after that measurement reached.
    ['heldout-10', 389, 0.97, 32, 15, 226],
    // Measured once before tuning on it, in the eleventh round (6b700ff: precision 16/23, recall 10/24, rounding 6/8,
    // extracted 142/253).
    ['dev-11', 253, 1.0, 19, 6, 165],
    // heldout-11 was written as the eleventh round's sealed part; its claims (never its labels) were printed by a
    // scratch script early in the round, so it was run once at the round's end as an exposed part (29/36, 18/36, 11/16,
    // 190/363) and heldout-12 was written to replace it.
    ['heldout-11', 363, 1.0, 24, 11, 202],
    // Measured once, sealed, in the eleventh round (d7029ac: precision 30/37, recall 20/36, rounding
    // 10/14, extracted 231/372): held at what the fixes after that measurement reached.
    ['heldout-12', 372, 0.97, 26, 12, 242],
    // Measured once before tuning on it, in the twelfth round (a12f613: precision 26/29, recall 16/28, rounding 10/12,
    // extracted 162/258).
    ['dev-12', 258, 1.0, 23, 12, 179],
    // Measured once, sealed, in the twelfth round (19b557a: precision 35/42, recall 18/42, rounding 17/18, extracted
    // 245/379): held at what the fixes after that measurement reached.
    ['heldout-13', 379, 0.97, 30, 18, 270],
    // Measured once before tuning on it, in the thirteenth round (on the tree of the round's first reading, the year a
    // comparison names against a value stated as another year's: precision 27/29, recall 17/28, rounding 9/12,
    // extracted 153/257).
    ['dev-13', 257, 1.0, 20, 11, 161],
    // Measured once, sealed, in the thirteenth round (fe2f958: precision 42/48, recall 28/42, rounding 14/18, extracted
    // 240/364): held at what the fixes after that measurement reached.
    ['heldout-14', 364, 0.96, 37, 16, 257],
    // Measured once before tuning on it, in the fourteenth round (on 1bcd309's tree: precision 24/33, recall 12/28,
    // rounding 11/12, extracted 134/251).
    ['dev-14', 251, 0.96, 21, 11, 147],
    // Measured once, sealed, in the fourteenth round (fe32a66: precision 34/40, recall 20/42, rounding 14/18, extracted
    // 209/382): held at what the fixes after that measurement reached.
    ['heldout-15', 382, 0.97, 29, 15, 228],
    // Measured once before tuning on it, in the fifteenth round (on 9f62615's tree: precision 27/36, recall 19/28, rounding
    // 8/12, extracted 138/263). Extraction held at 139 since the twenty-first round: "Chi nhuận bút … 2.416 triệu đồng,
    // bằng 20,40% tổng thu" was read of 936.600 bản (money of a count of copies), which matched its label by chance; its
    // real whole is written nowhere, and money is no share of a count.
    ['dev-15', 263, 0.96, 23, 8, 139],
    // Measured once, sealed, in the fifteenth round (433368b: precision 44/48, recall 29/42, rounding 14/18, extracted
    // 247/385): held at what the fixes after that measurement reached.
    ['heldout-16', 385, 0.94, 37, 16, 260],
    // Measured once before tuning on it, in the sixteenth round (on 9bd0927's tree: precision 26/28, recall 14/28, rounding
    // 12/12, extracted 153/254).
    ['dev-16', 254, 0.96, 20, 12, 157],
    // Measured once, sealed, in the sixteenth round (fcc7570: precision 40/50, recall 26/42, rounding 14/18, extracted
    // 253/385): held at what the fixes after that measurement reached.
    ['heldout-17', 385, 0.97, 34, 16, 254],
    // The seventeenth round's learning set and its sealed part (measured once at d91f4ac: 44/51, 26/42, 17/18, 214/376),
    // held at what the round's fixes reached.
    ['dev-17', 260, 0.97, 24, 10, 170],
    ['heldout-18', 376, 0.94, 31, 17, 216],
    // The eighteenth round's learning set, measured once before tuning on it (ab79987: precision 31/33, recall 21/28,
    // rounding 10/12, extracted 161/254).
    ['dev-18', 254, 0.96, 21, 10, 161],
    // Measured once, sealed, in the eighteenth round (088ab57: precision 43/52, recall 28/42, rounding 15/18, extracted
    // 245/384): held at what the fixes after that measurement reached.
    ['heldout-19', 384, 0.94, 31, 17, 249],
    // The nineteenth round's learning set, measured once before tuning on it (a68062f: precision 24/29, recall 16/28,
    // rounding 8/12, extracted 139/262), and its sealed part (measured once at c510b2d: 41/46, 26/42, 15/18, 236/381),
    // held at what the round's fixes reached.
    ['dev-19', 262, 0.87, 21, 8, 144],
    ['heldout-20', 381, 0.96, 36, 16, 243],
    // The twentieth round's learning set, measured once before tuning on it (a9234d8: precision 30/33, recall 20/28,
    // rounding 10/12, extracted 131/254), and its sealed part (measured once at d9aff09: 44/47, 28/42, 15/18, 254/386),
    // held at what the round's fixes reached.
    ['dev-20', 254, 1.0, 24, 12, 134],
    ['heldout-21', 386, 1.0, 33, 16, 261],
    // The twenty-first round's learning set, measured once before tuning on it (8e263cb: precision 25/32, recall 18/28,
    // rounding 7/12, extracted 153/257), and its sealed part (measured once at 2f60b9e: 42/49, 26/42, 15/18, 225/389),
    // held at what the round's fixes reached. dev-21 keeps two judgement calls flagged (a tax expense against the tax
    // paid, 19,43 and 19,34; a customer list closed by "các hộ khác" short of its total), held-out-22 one (a share a
    // digit from the sibling's base).
    ['dev-21', 257, 0.93, 21, 7, 155],
    ['heldout-22', 389, 0.97, 31, 16, 228],
    // The twenty-second round's learning set, measured once before tuning on it (4b83201: precision 34/35, recall 22/28,
    // rounding 12/12, extracted 156/259), and its sealed part (measured once at a85ec59: 41/45, 28/42, 15/18, 251/393),
    // held at what the round's fixes reached. held-out-23 keeps two judgement calls flagged (a fleet of 18 cars whose
    // kinds add to 20; timber seized whose round and sawn volumes add to more than its total).
    ['dev-22', 259, 1.0, 24, 12, 157],
    ['heldout-23', 393, 0.95, 31, 16, 256],
    // The twenty-third round's learning set, measured once before tuning on it (9ae9837: precision 25/27, recall 15/28,
    // rounding 9/12, extracted 155/264), and its sealed part (measured once at 3030d3b: 46/50, 31/42, 16/18, 218/391),
    // held at what the round's fixes reached. dev-23 keeps one judgement call flagged (23 firms on two missions of 14 and
    // 11), held-out-24 one (a share of a list's total that fits exactly a whole of the paragraph before).
    ['dev-23', 264, 0.96, 16, 10, 160],
    ['heldout-24', 391, 0.97, 32, 16, 219],
  ])('%s does not fall below what the reader reached', (part, labels, precision, found, rounding, extracted) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { loadDrafts, proseTotals, scoreDraft } = require('../eval/lib/prose') as typeof import('../eval/lib/prose');
    const t = proseTotals(loadDrafts(join(__dirname, '..', 'eval', 'prose', part as string)).map(scoreDraft));
    expect(t.labels).toBe(labels);
    expect(t.trueFlags / t.flagged).toBeGreaterThanOrEqual(precision as number);
    expect(t.found).toBeGreaterThanOrEqual(found as number);
    expect(t.roundingFound).toBeGreaterThanOrEqual(rounding as number);
    expect(t.extracted).toBeGreaterThanOrEqual(extracted as number);
  });
});
