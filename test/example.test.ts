import { readFileSync } from 'node:fs';
import { checkWorkbook } from '../src/core';
import { readWorkbook } from '../src/xlsx/read';
import { buildExampleWorkbook, EXAMPLE_PATH, PLANTED } from '../examples/build-example';

describe('the bundled example workbook', () => {
  let result: ReturnType<typeof checkWorkbook>;
  beforeAll(async () => {
    result = checkWorkbook(await readWorkbook(readFileSync(EXAMPLE_PATH)));
  });

  test('has at least six tables, all found', () => {
    expect(result.summary.tables).toBeGreaterThanOrEqual(6);
    expect(result.tables.map((t) => t.sheet)).toEqual(['Biểu 1', 'Biểu 2', 'Biểu 3', 'Biểu 4', 'Biểu 5', 'Biểu 6', 'Biểu 7', 'Tổng hợp']);
  });

  test.each(PLANTED.map((p) => [`${p.sheet}!${p.cell} ${p.rule}`, p] as const))('finds the planted %s', (_name, planted) => {
    const hits = result.findings.filter((f) => f.sheet === planted.sheet && (f.cell === planted.cell || f.fix?.cell === planted.cell) && f.rule === planted.rule);
    expect(hits.length).toBeGreaterThan(0);
    if ('fix' in planted) {
      expect(hits.some((f) => f.fix?.cell === planted.cell && f.fix.value === planted.fix && f.fix.why === planted.why)).toBe(true);
    }
  });

  test('raises no error outside the planted ones', () => {
    const plantedSheets = new Set<string>(PLANTED.filter((p) => p.rule !== 'input').map((p) => p.sheet));
    const stray = result.findings.filter((f) => f.severity === 'error' && !plantedSheets.has(f.sheet));
    expect(stray).toEqual([]);
    const fixCells = new Set(result.findings.filter((f) => f.severity === 'error' && f.fix).map((f) => `${f.sheet}!${f.fix!.cell}`));
    const plantedCells = new Set(PLANTED.map((p) => `${p.sheet}!${p.cell}`));
    // The Biểu 4 total is fixed by rewriting its formula (D5), found with the planted sign flip.
    expect([...fixCells].filter((c) => !plantedCells.has(c))).toEqual([]);
  });

  test('the committed workbook is what the committed script builds', async () => {
    const rebuilt = await readWorkbook(Buffer.from(await buildExampleWorkbook().xlsx.writeBuffer()));
    const committed = await readWorkbook(readFileSync(EXAMPLE_PATH));
    expect(committed).toEqual(rebuilt);
  });
});
