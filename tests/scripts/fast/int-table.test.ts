import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntTable } from '../../../scripts/fast/duplicate-cells.ts';

describe('IntTable', () => {
  it('behaves as a Map with first-write-wins, through many growths and colliding keys', () => {
    // Keys in ascending runs (a sorted file), mixed with keys out of order and repeats of earlier ones.
    const ascending = fc
      .tuple(fc.nat({ max: 1000 }), fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 3 }))
      .map(([from, count, step]) => Array.from({ length: count }, (_, i) => from * 1000 + i * step));
    const keys = fc
      .array(
        fc.oneof(
          ascending,
          fc.array(fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: IntTable.MAX })), { maxLength: 2000 }),
        ),
        { maxLength: 8 },
      )
      .map((runs) => runs.flat());
    fc.assert(
      fc.property(
        keys
          .chain((ks) =>
            fc.tuple(fc.constant(ks), fc.array(fc.integer({ min: 0, max: IntTable.MAX }), { minLength: ks.length, maxLength: ks.length })),
          )
          .map(([ks, vs]) => ks.map((k, i) => [k, vs[i]!] as const)),
        (pairs) => {
          const table = new IntTable();
          const map = new Map<number, number>();
          for (const [key, value] of pairs) {
            const first = map.get(key);
            if (first === undefined) map.set(key, value);
            expect(table.putIfAbsent(key, value)).toBe(first ?? -1);
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
