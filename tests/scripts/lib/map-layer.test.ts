import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MapLayer, type MapCell, type MapLevel, type MapValues } from '../../../scripts/lib/map-layer.ts';

const CODES = ['19.02.01', '19.02.02', '19.02.01.2001', '19.02.01.2002', '19.02.02.2001'];
const levelOf = (code: string): MapLevel => (code.split('.').length === 3 ? 'kecamatan' : 'desa');

describe('MapLayer', () => {
  it('writes exactly what JSON.stringify gives for the same values kept first-come per area and year', () => {
    const value = fc.record({
      area: fc.integer({ min: 0, max: CODES.length - 1 }),
      year: fc.integer({ min: 2018, max: 2026 }),
      nilai: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom('Pratama', 'Nindya', null), fc.integer()),
      status: fc.constantFrom('', 'diperdebatkan', 'sementara'),
      sumber: fc.constantFrom('bps-2024', 'renstra-t2.6 dp3a', 'a"b\\c'),
      detail: fc.constantFrom('', '3/12'),
    });
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), (values) => {
        const layer = new MapLayer(CODES.length, { min: 2000, max: 2035 });
        const expected: MapValues = { kecamatan: {}, desa: {} };
        for (const v of values) {
          const code = CODES[v.area]!;
          const kept = layer.add(v.area, levelOf(code), v.year, v.nilai, v.status, v.sumber, v.detail);
          const byYear = (expected[levelOf(code)][code] ??= {});
          expect(kept).toBe(byYear[v.year] === undefined);
          if (kept) byYear[v.year] = [v.nilai, v.status, v.sumber, v.detail] as MapCell;
        }
        let text = '';
        layer.write((area) => CODES[area]!, (piece) => (text += piece));
        expect(text).toBe(JSON.stringify(expected));
        expect(layer.levels()).toEqual((['kecamatan', 'desa'] as const).filter((l) => Object.keys(expected[l]).length > 0));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a year outside the configured range instead of colouring the wrong cell', () => {
    const layer = new MapLayer(1, { min: 2000, max: 2035 });
    expect(() => layer.add(0, 'desa', 2036, 1, '', 'x', '')).toThrow(/2036/);
  });
});
