import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MapLayer } from '../../../scripts/fast/map-layer.ts';
import { TextSink } from '../../text-sink.ts';
import { mapCells, type MapCell, type MapLevel, type MapNote, type MapValues } from '../../../src/model/map-values.ts';

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
        // The same values kept the plain way: first come per area and year, then laid out in columns.
        const kept = new Map<string, Map<number, MapCell>>();
        const order: Record<MapLevel, string[]> = { kecamatan: [], desa: [] };
        for (const v of values) {
          const code = CODES[v.area]!;
          const byYear = kept.get(code) ?? new Map<number, MapCell>();
          if (!kept.has(code)) {
            kept.set(code, byYear);
            order[levelOf(code)].push(code);
          }
          const fresh = !byYear.has(v.year);
          // Half the numbers come with their cell, as the value reader gives it: a comma for the point.
          expect(layer.add(v.area, levelOf(code), v.year, v.nilai, v.status, v.sumber, v.detail)).toBe(fresh);
          if (fresh) byYear.set(v.year, [v.nilai, v.status, v.sumber, v.detail]);
        }
        const notes: MapNote[] = [];
        const noteOf = (c: MapCell): number => {
          const i = notes.findIndex((n) => n[0] === c[1] && n[1] === c[2] && n[2] === c[3]);
          return i !== -1 ? i : notes.push([c[1], c[2], c[3]]) - 1;
        };
        // Notes are numbered in the order values arrive, as the layer numbers them.
        for (const v of values) {
          const c = kept.get(CODES[v.area]!)!.get(v.year)!;
          if (c[0] === v.nilai && c[1] === v.status && c[2] === v.sumber && c[3] === v.detail) noteOf(c);
        }
        const expected: MapValues = {
          keterangan: notes,
          kecamatan: { kode: [], nilai: {}, keterangan: {} },
          desa: { kode: [], nilai: {}, keterangan: {} },
        };
        for (const level of ['kecamatan', 'desa'] as const) {
          const codes = order[level];
          const years = [...new Set(codes.flatMap((code) => [...kept.get(code)!.keys()]))].sort((a, b) => a - b);
          expected[level].kode = codes;
          for (const year of years) {
            expected[level].nilai[year] = codes.map((code) => kept.get(code)!.get(year)?.[0] ?? null);
            // Notes as (note, count) runs over the areas.
            expected[level].keterangan[year] = codes.reduce<number[]>((runs, code) => {
              const c = kept.get(code)!.get(year);
              const note = c ? noteOf(c) : -1;
              if (runs.length > 0 && runs.at(-2) === note) runs[runs.length - 1]! += 1;
              else runs.push(note, 1);
              return runs;
            }, []);
          }
        }
        const sink = new TextSink();
        layer.write((area) => CODES[area]!, sink);
        const text = sink.text;
        expect(text).toBe(JSON.stringify(expected));
        expect(layer.levels()).toEqual((['kecamatan', 'desa'] as const).filter((l) => order[l].length > 0));
        // Read back, every kept cell is there as it was given, and no other.
        const parsed = JSON.parse(text) as MapValues;
        for (const level of ['kecamatan', 'desa'] as const) {
          for (let year = 2018; year <= 2026; year++) {
            const cells = mapCells(parsed, level, year);
            const wanted = order[level].filter((code) => kept.get(code)!.has(year));
            expect([...cells.keys()].sort()).toEqual(wanted.sort());
            for (const code of wanted) expect(cells.get(code)).toEqual(JSON.parse(JSON.stringify(kept.get(code)!.get(year))));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('writes a level of more areas than one piece of output holds', () => {
    // 12,000 areas: codes go out in pieces of 4,096.
    const count = 12_000;
    const layer = new MapLayer(count, { min: 2000, max: 2035 });
    const code = (area: number): string => `99.01.01.${String(area).padStart(5, '0')}`;
    for (let area = 0; area < count; area++)
      layer.add(area, 'desa', 2024, area % 7 === 0 ? null : area / 10, area % 7 === 0 ? 'belum_tersedia' : '', 'x', '');
    for (let area = 0; area < count; area += 2) layer.add(area, 'desa', 2023, area, '', 'x', '');
    const sink = new TextSink();
    layer.write(code, sink);
    const parsed = JSON.parse(sink.text) as MapValues;
    expect(parsed.desa.kode).toEqual(Array.from({ length: count }, (_, area) => code(area)));
    const y2024 = mapCells(parsed, 'desa', 2024);
    const y2023 = mapCells(parsed, 'desa', 2023);
    expect([y2024.size, y2023.size]).toEqual([count, count / 2]);
    expect(parsed.desa.nilai[2024]).toEqual(Array.from({ length: count }, (_, area) => (area % 7 === 0 ? null : area / 10)));
    expect(y2024.get(code(11_998))).toEqual([null, 'belum_tersedia', 'x', '']);
    expect([y2023.get(code(11_998)), y2023.get(code(11_999))]).toEqual([[11_998, '', 'x', ''], undefined]);
  });

  it('refuses a year outside the configured range instead of colouring the wrong cell', () => {
    const layer = new MapLayer(1, { min: 2000, max: 2035 });
    expect(() => layer.add(0, 'desa', 2036, 1, '', 'x', '')).toThrow(/2036/);
  });
});
