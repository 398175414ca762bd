// Mutated real files (bytes flipped, entries dropped, XML cut) never crash or hang the command line: each run
// ends with exit 0/1, or 2 and a message naming the file. `npm test` runs a few cases; `npm run fuzz` many
// (SOATSO_FUZZ_RUNS), with a fresh seed each time unless SOATSO_FUZZ_SEED is set.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { runCli } from './helpers/cli';
import { docx, EXAMPLE, Part, REPORT_TEXT, unzip, zip } from './helpers/hostile';

const RUNS = Number(process.env.SOATSO_FUZZ_RUNS ?? 12);
// A fixed seed in `npm test`, so that it is the same few cases each time; fast-check prints the seed of a failure.
const SEED = process.env.SOATSO_FUZZ_SEED ? Number(process.env.SOATSO_FUZZ_SEED) : process.env.SOATSO_FUZZ_RUNS ? undefined : 16;
jest.setTimeout(Math.max(120_000, RUNS * 5_000));

const dir = mkdtempSync(join(tmpdir(), 'soatso-fuzz-'));

type Mutation = { kind: 'flip'; at: number[]; mask: number } | { kind: 'drop'; entry: number } | { kind: 'cut'; entry: number; at: number } | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), { minLength: 1, maxLength: 8 }), mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('drop' as const), entry: fc.nat() }),
  fc.record({ kind: fc.constant('cut' as const), entry: fc.nat(), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
);

function mutate(bytes: Buffer, parts: Part[], m: Mutation): Buffer {
  switch (m.kind) {
    case 'flip': {
      const out = Buffer.from(bytes);
      for (const a of m.at) out[Math.floor(a * out.length)] ^= m.mask;
      return out;
    }
    case 'drop':
      return zip(parts.filter((_, i) => i !== m.entry % parts.length));
    case 'cut': {
      const i = m.entry % parts.length;
      return zip(parts.map((p, j) => (j === i ? { name: p.name, data: p.data.subarray(0, Math.floor(m.at * p.data.length)) } : p)));
    }
    case 'truncate':
      return bytes.subarray(0, Math.floor(m.at * bytes.length));
  }
}

async function fuzz(name: string, ext: string, bytes: Buffer, command: string): Promise<void> {
  const parts = await unzip(bytes);
  let n = 0;
  await fc.assert(
    fc.asyncProperty(mutation, async (m) => {
      const file = join(dir, `${name}-${n++}.${ext}`);
      writeFileSync(file, mutate(bytes, parts, m));
      const started = Date.now();
      const { code, err } = await runCli(command, file);
      const took = Date.now() - started;
      if (![0, 1, 2].includes(code)) throw new Error(`exit ${code}`);
      if (/Lỗi không mong đợi/.test(err)) throw new Error(`crash: ${err}`);
      if (code === 2 && !err.includes(file)) throw new Error(`message without the file: ${err}`);
      if (took > 10_000) throw new Error(`took ${took} ms`);
    }),
    { numRuns: RUNS, seed: SEED },
  );
}

test('mutated copies of the example workbook', async () => {
  await fuzz('so-tinh', 'xlsx', readFileSync(EXAMPLE), 'check');
});

test('mutated copies of a generated report', async () => {
  await fuzz('bao-cao', 'docx', docx([...REPORT_TEXT, 'Tỷ lệ đảng viên nữ chiếm 33,61%, tăng 1,2 điểm so với năm 2022.']), 'scan');
});
