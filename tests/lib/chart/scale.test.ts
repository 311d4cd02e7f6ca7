import { describe, expect, it } from 'vitest';
import { splitByScale } from '../../../src/lib/chart/series.ts';
import { trendGeometry, type SeriesInput } from '../../../src/lib/chart/trend.ts';

// Invented series for these tests only.
const series = (key: string, values: number[]): SeriesInput => ({
  key,
  label: key,
  points: values.map((value, i) => ({
    year: 2020 + i,
    value,
    achieved: null,
    disputed: false,
    missing: false,
    text: String(value),
    note: '',
  })),
});

describe('splitByScale', () => {
  it('keeps comparisons on the region scale together and sends the others to their own panel', () => {
    const region = series('kab', [150, 190]);
    const near = series('prov', [300, 320]);
    const far = series('nas', [280000]);
    const { main, own } = splitByScale([region, near, far]);
    expect(main.map((s) => s.key)).toEqual(['kab', 'prov']);
    expect(own.map((s) => s.key)).toEqual(['nas']);
    expect(splitByScale([region, series('kecil', [10])]).own.map((s) => s.key)).toEqual(['kecil']);
    expect(splitByScale([series('kosong', []), far]).own).toEqual([]);
  });

  it('keeps the region’s other series (another recording system) beside it, however far apart: they are not another area', () => {
    const own = series('kab', [38]);
    const other = series('kab~pencatatan-provinsi', [10]);
    const { main, own: apart } = splitByScale([own, other, series('nas', [280000])]);
    expect(main.map((s) => s.key)).toEqual(['kab', 'kab~pencatatan-provinsi']);
    expect(apart.map((s) => s.key)).toEqual(['nas']);
  });
});

describe('trendGeometry margin', () => {
  it('leaves room on the left for the longest tick label', () => {
    const opts = { width: 720, height: 320, from: 2020, to: 2021, formatTick: (v: number) => v.toLocaleString('id-ID') };
    const small = trendGeometry([series('a', [1, 2])], [], opts);
    const large = trendGeometry([series('a', [250_000_000, 320_000_000])], [], opts);
    expect(small.margin.left).toBe(64);
    expect(large.margin.left).toBeGreaterThanOrEqual(14 + 7 * '320.000.000'.length);
    expect(large.xTicks[0]!.x).toBe(large.margin.left);
  });
});
