// The check's store of figures by key must behave as a Map<string, CellValue> for any key.
import fc from 'fast-check';
import { CellValue, cellKey, keyMaker } from '../src/core';
import { CellValues } from '../src/core/cell-values';

const figure = (n: number): CellValue => ({ kind: 'text', text: String(n) });

describe('CellValues', () => {
  test('agrees with a Map on canonical, odd and colliding keys', () => {
    const sheetName = fc.constantFrom('Biểu 1', 'Trang 10', 'a!b', '', 'Tổng hợp!', 'X');
    const cell = fc.oneof(
      fc.record({ row: fc.integer({ min: 0, max: 1_100_000 }), col: fc.integer({ min: 0, max: 17_000 }) }).map(({ row, col }) => ({ row, col })),
      fc.constantFrom('D07', 'd7', '$D$7', 'D', '7', 'AAAA1', 'A0', 'A1:B2', '', 'XFD1048576', 'XFE1', 'A1048577'),
    );
    const key = fc.tuple(sheetName, cell).map(([s, c]) => (typeof c === 'string' ? `${s}!${c}` : cellKey(s, c.row, c.col)));
    const op = fc.oneof(
      fc.tuple(fc.constant('set' as const), key, fc.integer()),
      fc.tuple(fc.constant('get' as const), key, fc.constant(0)),
      fc.tuple(fc.constant('has' as const), key, fc.constant(0)),
      fc.tuple(fc.constant('delete' as const), key, fc.constant(0)),
      fc.tuple(fc.constantFrom('get' as const, 'has' as const), fc.oneof(fc.string(), fc.constantFrom('Biểu 1', 'Biểu 1!', '!A1', 'Biểu 1!D7!')), fc.constant(0)),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), (ops) => {
        const map = new Map<string, CellValue>();
        const store = new CellValues();
        for (const [kind, k, n] of ops) {
          if (kind === 'set') {
            map.set(k, figure(n));
            store.set(k, figure(n));
          } else if (kind === 'get') expect(store.get(k)).toEqual(map.get(k));
          else if (kind === 'has') expect(store.has(k)).toBe(map.has(k));
          else expect(store.delete(k)).toBe(map.delete(k));
          expect(store.size).toBe(map.size);
        }
        expect(new Map(store)).toEqual(map);
        expect([...store.keys()].sort()).toEqual([...map.keys()].sort());
      }),
      { numRuns: 500 },
    );
  });

  test('setAt stores as set does, given the position its key names', () => {
    const sheetName = fc.constantFrom('Biểu 1', 'Trang 10', 'a!b', '', 'Tổng hợp!', 'X');
    const op = fc.tuple(
      fc.constantFrom('set' as const, 'setAt' as const, 'delete' as const),
      sheetName,
      fc.integer({ min: 0, max: 1_100_000 }),
      fc.integer({ min: 0, max: 17_000 }),
      fc.integer(),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const byKey = new CellValues();
        const byPosition = new CellValues();
        for (const [kind, sheet, row, col, n] of ops) {
          const key = cellKey(sheet, row, col);
          if (kind === 'delete') expect(byPosition.delete(key)).toBe(byKey.delete(key));
          else {
            byKey.set(key, figure(n));
            if (kind === 'setAt') byPosition.setAt(sheet, row, col, key, figure(n));
            else byPosition.set(key, figure(n));
          }
          expect(byPosition.get(key)).toEqual(byKey.get(key));
          expect(byPosition.size).toBe(byKey.size);
        }
        expect([...byPosition.entries()]).toEqual([...byKey.entries()]);
      }),
      { numRuns: 300 },
    );
  });

  test('keys made once per cell find their figures', () => {
    const store = new CellValues();
    const keyOf = keyMaker('Biểu 1');
    store.set(keyOf(6, 3), figure(1));
    store.set(keyOf(6, 4), figure(2));
    expect(store.get('Biểu 1!D7')).toEqual(figure(1));
    expect(store.get(cellKey('Biểu 1', 6, 4))).toEqual(figure(2));
    expect(store.get('Biểu 2!D7')).toBeUndefined();
    expect([...store.entries()].map(([k]) => k)).toEqual(['Biểu 1!D7', 'Biểu 1!E7']);
  });
});
