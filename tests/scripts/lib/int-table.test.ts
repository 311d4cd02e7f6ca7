import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntTable } from '../../../scripts/stages/values.ts';

describe('IntTable', () => {
  it('behaves as a Map with first-write-wins, through many growths and colliding keys', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: IntTable.MAX })), fc.integer({ min: 0, max: IntTable.MAX })), { maxLength: 20000 }), (pairs) => {
        const table = new IntTable();
        const map = new Map<number, number>();
        for (const [key, value] of pairs) {
          const first = map.get(key);
          if (first === undefined) map.set(key, value);
          expect(table.putIfAbsent(key, value)).toBe(first ?? -1);
        }
      }),
      { numRuns: 50 },
    );
  });
});
