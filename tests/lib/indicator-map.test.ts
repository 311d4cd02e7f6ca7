/** The static map of an indicator page, on invented rows of an invented kabupaten (test fixtures only). */
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { ViewContext } from '../../src/lib/indicator-view.ts';
import { indicatorMap } from '../../src/lib/map/indicator-map.ts';
import type { CatalogIndicator, Region, SiteConfig } from '../../src/lib/site-data.ts';
import { inventedRow as row } from '../rows.ts';

const area = (kode: string, tingkat: Region['level']): Region => ({
  kode,
  nama: `Uji ${kode}`,
  tingkat,
  level: tingkat,
  induk: kode.includes('.') ? kode.slice(0, kode.lastIndexOf('.')) : null,
  lat: null,
  lon: null,
  sumber: 'uji',
  anak: kode === '99.01' ? ['99.01.01', '99.01.02'] : [],
});
const regions = new Map([area('99.01', 'kabupaten'), area('99.01.01', 'kecamatan'), area('99.01.02', 'kecamatan')].map((r) => [r.kode, r]));
const ctx: ViewContext = {
  locale: 'id',
  site: { wilayah: { kode: '99.01', provinsi: '99', nasional: 'ID' } } as unknown as SiteConfig,
  region: (kode) => regions.get(kode),
  schemes: {},
  sourceTitle: () => '',
  sourceOf: () => undefined,
  threshold: 10,
};
const square = (kode: string, x: number): GeoJSON.Feature => ({
  type: 'Feature',
  properties: { kode, nama: `Uji ${kode}`, induk: '99.01' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, 0],
        [x + 1, 0],
        [x + 1, 1],
        [x, 1],
        [x, 0],
      ],
    ],
  },
});
const shapes = topology({
  kecamatan: { type: 'FeatureCollection', features: [square('99.01.01', 0), square('99.01.02', 1)] } as GeoJSON.FeatureCollection,
}) as unknown as Topology;
const ind = {
  id: 'uji',
  tipe: 'angka',
  desimal: 1,
  polaritas: 'naik',
  satuan: { id: 'persen', en: 'percent' },
} as unknown as CatalogIndicator;

describe('indicatorMap', () => {
  it('draws the main series of each area, never another series that came first (FIKTIF)', () => {
    const rows = [
      row({ kode: '99.01.01', seri: 'lain', nilai: 20 }),
      row({ kode: '99.01.01', nilai: 10 }),
      row({ kode: '99.01.02', seri: 'lain', nilai: 30 }),
    ];
    const map = indicatorMap(rows, ind, ctx, shapes)!;
    const text = (kode: string) => map.areas.find((a) => a.kode === kode)?.byYear[2022]?.text;
    expect(text('99.01.01')).toBe('10 persen');
    // The other area has a value of another series only: the main series has none there.
    expect(text('99.01.02')).toBe('data belum tersedia');
  });
});
