import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DuplicateCells } from '../../../scripts/fast/duplicate-cells.ts';
import type { ValueRow } from '../../../scripts/lib/rows.ts';

// Invented rows for this test only: a few areas, years and breakdowns, so that cells repeat.
const regions = new Map(['19.02', '19.02.01', '19.02.01.2001', '19.02.01.2002'].map((k) => [k, {}]));
const row = fc.record({
  kode: fc.constantFrom(...regions.keys()),
  tahun: fc.integer({ min: 2000, max: 2035 }),
  jenis_kelamin: fc.constantFrom('' as const, 'L' as const, 'P' as const),
  kelompok_umur: fc.constantFrom('', '', '0-17'),
  kategori: fc.constantFrom('', '', 'anak'),
  // A value of another series (method, recording system) is another cell, never a duplicate.
  seri: fc.constantFrom('', '', 'metode-baru'),
  jenis: fc.constantFrom('realisasi' as const, 'target' as const),
  disputed: fc.boolean(),
});

describe('DuplicateCells', () => {
  it('answers as a Map of text keys does: null for a new cell, else the first row of the cell and whether it was disputed', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 300 }), (rows) => {
        const cells = new DuplicateCells(regions, { min: 2000, max: 2035 });
        const map = new Map<string, number>();
        rows.forEach((r, i) => {
          const baris = i + 2;
          const key = [r.kode, r.tahun, r.jenis_kelamin, r.kelompok_umur, r.kategori, r.seri, r.jenis].join('|');
          const expected = map.get(key) ?? null;
          if (expected === null) map.set(key, baris * 2 + (r.disputed ? 1 : 0));
          expect(cells.check({ ...r, baris } as unknown as ValueRow, r.disputed)).toBe(expected);
        });
      }),
      { numRuns: 200 },
    );
  });
});
