/**
 * Map geometry: helpers, the default Voronoi geometry, and the import of an official boundary file
 * tested with the reference polygons in ../shared/reference/geo (skipped with a message where absent).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import proj4 from 'proj4';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { clipToBox, pointInRing, ringArea } from '../../scripts/lib/geo/clip.ts';
import { normaliseCode, normaliseName, projectionFor } from '../../scripts/lib/geo/official.ts';
import { voronoiVillages } from '../../scripts/lib/geo/voronoi.ts';
import { buildSiteCopy, REPO, run, tempRoot } from '../helpers.ts';
import { zipShapefile } from '../shapefile-writer.ts';

const REFERENCE = join(REPO, '..', 'shared', 'reference', 'geo');
const hasReference = existsSync(join(REFERENCE, 'belitung-desa.geojson'));
if (!hasReference)
  console.warn(
    `Official-boundary import tests skipped: ${REFERENCE} is absent (it exists beside the repository on the developers' machines).`,
  );

describe('geometry helpers', () => {
  it.each([
    { input: '1902012003', expected: '19.02.01.2003' },
    { input: '19.02.01.2003', expected: '19.02.01.2003' },
    { input: 190205, expected: '19.02.05' },
  ])('normaliseCode($input)', ({ input, expected }) => expect(normaliseCode(input)).toBe(expected));
  it.each([
    { input: 'Desa Aik Rayak', expected: 'aikrayak' },
    { input: 'KEL. KOTA', expected: 'kota' },
    { input: 'Tanjung Binga', expected: 'tanjungbinga' },
  ])('normaliseName($input)', ({ input, expected }) => expect(normaliseName(input)).toBe(expected));
  it.each([
    { input: 'EPSG:32748', expected: '+proj=utm +zone=48 +south +datum=WGS84 +units=m +no_defs' },
    { input: 'urn:ogc:def:crs:EPSG::32748', expected: '+proj=utm +zone=48 +south +datum=WGS84 +units=m +no_defs' },
    { input: 'EPSG:4326', expected: null },
    { input: 'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984"]]', expected: null },
    { input: undefined, expected: null },
  ])('projectionFor($input)', ({ input, expected }) => expect(projectionFor(input)).toBe(expected));

  it('clips a ring to a box and tells inside from outside', () => {
    const square = clipToBox(
      [
        [0, 0],
        [4, 0],
        [4, 4],
        [0, 4],
      ],
      [1, 1, 3, 5],
    );
    expect(Math.abs(ringArea(square))).toBeCloseTo(6);
    expect(pointInRing([2, 2], square)).toBe(true);
    expect(pointInRing([0.5, 2], square)).toBe(false);
  });

  it('gives each village the land of its Voronoi cell, and a point where the cell has none', () => {
    // Invented: two villages on a 2 × 1 island, a third far out at sea.
    const island: Array<[number, number]> = [
      [0, 0],
      [2, 0],
      [2, 1],
      [0, 1],
    ];
    const villages = [
      { kode: 'a', nama: 'A', induk: 'k', lon: 0.5, lat: 0.5 },
      { kode: 'b', nama: 'B', induk: 'k', lon: 1.5, lat: 0.5 },
      { kode: 'c', nama: 'C', induk: 'k', lon: 5, lat: 5 },
    ];
    const out = voronoiVillages(villages, [], [island]);
    expect(out.map((f) => f.geometry.type)).toEqual(['MultiPolygon', 'MultiPolygon', 'Point']);
    const area = (f: (typeof out)[number]) =>
      (f.geometry as GeoJSON.MultiPolygon).coordinates.reduce((s, p) => s + ringArea(p[0] as Array<[number, number]>), 0);
    expect(area(out[0]!) + area(out[1]!)).toBeCloseTo(2, 1);
    expect(area(out[0]!)).toBeGreaterThan(0);
  });
});

describe('default geometry of the real data', () => {
  it('has 49 desa, 5 kecamatan and 1 kabupaten, all marked as estimated', async () => {
    const tmp = tempRoot(join(REPO, 'data'));
    try {
      expect((await run(tmp.root, tmp.data)).ok).toBe(true);
      const topo = JSON.parse(readFileSync(join(tmp.root, 'public/data/peta/wilayah.topo.json'), 'utf8')) as Topology;
      const count = (o: string) => (topo.objects[o] as unknown as { geometries: Array<{ properties: { perkiraan: boolean } }> }).geometries;
      expect([count('desa').length, count('kecamatan').length, count('kabupaten').length]).toEqual([49, 5, 1]);
      expect(count('desa').every((g) => g.properties.perkiraan)).toBe(true);
    } finally {
      tmp.cleanup();
    }
  });
});

describe.runIf(hasReference)('official boundaries replace the default', () => {
  const reference = () =>
    JSON.parse(readFileSync(join(REFERENCE, 'belitung-desa.geojson'), 'utf8')) as GeoJSON.FeatureCollection<
      GeoJSON.Polygon | GeoJSON.MultiPolygon,
      { code: string; area_km2: number }
    >;
  const areaKm2 = (poly: number[][][]) =>
    poly.reduce((sum, ring, i) => {
      let s = 0;
      for (let k = 0, j = ring.length - 1; k < ring.length; j = k++) s += (ring[j]![0]! - ring[k]![0]!) * (ring[j]![1]! + ring[k]![1]!);
      return sum + (i === 0 ? 1 : -1) * Math.abs(s / 2) * 111.32 * 110.57 * Math.cos((ring[0]![1]! * Math.PI) / 180);
    }, 0);
  /** Every reference desa is in the output, official (not estimated), with its area within 2 %. */
  const expectReferenceAreas = (desa: GeoJSON.FeatureCollection<GeoJSON.MultiPolygon, { kode: string; perkiraan: boolean }>) => {
    const expected = new Map(reference().features.map((f) => [f.properties.code, f.properties.area_km2]));
    expect(desa.features.map((f) => f.properties.kode).sort()).toEqual([...expected.keys()].sort());
    for (const f of desa.features) {
      const area = f.geometry.coordinates.reduce((s, p) => s + areaKm2(p), 0);
      expect(Math.abs(area - expected.get(f.properties.kode)!) / expected.get(f.properties.kode)!, f.properties.kode).toBeLessThan(0.02);
      expect(f.properties.perkiraan).toBe(false);
    }
  };

  it('matches 49 of 49 codes, keeps every area within 2%, stays within 40 KB gzip and drops the "perkiraan" label', async () => {
    const site = await buildSiteCopy(join(REPO, 'data'), (data) => {
      mkdirSync(join(data, 'geo', 'resmi'), { recursive: true });
      copyFileSync(join(REFERENCE, 'belitung-desa.geojson'), join(data, 'geo', 'resmi', 'batas-desa.geojson'));
    });
    try {
      expect(site.result.lines).toEqual([]);
      expect(site.result.log.warnings.map((w) => w.value)).toEqual(['19.02.01.1005', '19.02.05.2003']);
      const raw = readFileSync(join(site.dist, 'data/peta/wilayah.topo.json'));
      expect(gzipSync(raw).length).toBeLessThanOrEqual(40 * 1024);
      const topo = JSON.parse(raw.toString()) as Topology;
      const desa = feature(topo, topo.objects.desa!) as unknown as GeoJSON.FeatureCollection<
        GeoJSON.MultiPolygon,
        { kode: string; perkiraan: boolean }
      >;
      expectReferenceAreas(desa);
      for (const page of ['peta/index.html', 'wilayah/19.02.05/index.html', 'en/peta/index.html']) {
        const html = readFileSync(join(site.dist, page), 'utf8');
        expect(/batas perkiraan|estimated boundaries/.test(html), page).toBe(false);
      }
    } finally {
      site.cleanup();
    }
  }, 240_000);

  it('reprojects a file in UTM zone 48S and reads TopoJSON', async () => {
    const utm = proj4('WGS84', '+proj=utm +zone=48 +south +datum=WGS84 +units=m +no_defs');
    const ref = reference();
    const projected = {
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::32748' } },
      features: ref.features.slice(0, 25).map((f) => ({
        ...f,
        geometry: {
          ...f.geometry,
          coordinates: (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).map((p) =>
            p.map((r) => r.map((c) => utm.forward([c[0]!, c[1]!]))),
          ),
          type: 'MultiPolygon',
        },
      })),
    };
    const topo = topology({ rest: { type: 'FeatureCollection', features: ref.features.slice(25) } as GeoJSON.FeatureCollection });
    const tmp = tempRoot(join(REPO, 'data'));
    try {
      mkdirSync(join(tmp.data, 'geo', 'resmi'), { recursive: true });
      writeFileSync(join(tmp.data, 'geo', 'resmi', 'a-utm.geojson'), JSON.stringify(projected));
      writeFileSync(join(tmp.data, 'geo', 'resmi', 'b-sisa.topojson'), JSON.stringify(topo));
      const result = await run(tmp.root, tmp.data);
      expect(result.lines).toEqual([]);
      const out = JSON.parse(readFileSync(join(tmp.root, 'public/data/peta/wilayah.topo.json'), 'utf8')) as Topology;
      const desa = feature(out, out.objects.desa!) as unknown as GeoJSON.FeatureCollection<GeoJSON.MultiPolygon, { kode: string }>;
      const badau = desa.features.find((f) => f.properties.kode === '19.02.05.2001')!;
      const [lon, lat] = badau.geometry.coordinates[0]![0]![0]!;
      expect(lon).toBeGreaterThan(107);
      expect(lon).toBeLessThan(109);
      expect(lat).toBeGreaterThan(-4);
      expect(lat).toBeLessThan(-2);
    } finally {
      tmp.cleanup();
    }
  });

  it('reads a zipped Shapefile in UTM zone 48S with its attribute table, as BIG distributes boundaries', async () => {
    const utm = proj4('WGS84', '+proj=utm +zone=48 +south +datum=WGS84 +units=m +no_defs');
    const ref = reference();
    const records = ref.features.map((f) => ({
      polygons: (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).map((p) =>
        p.map((r) => r.map((c) => utm.forward([c[0]!, c[1]!]))),
      ),
      attributes: { KDEPUM: f.properties.code, WADMKD: String((f.properties as { name?: string }).name ?? '') },
    }));
    const prj =
      'PROJCS["WGS_1984_UTM_Zone_48S",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",10000000.0],PARAMETER["Central_Meridian",105.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
    const tmp = tempRoot(join(REPO, 'data'));
    try {
      mkdirSync(join(tmp.data, 'geo', 'resmi'), { recursive: true });
      writeFileSync(join(tmp.data, 'geo', 'resmi', 'batas-desa.zip'), zipShapefile(records, prj));
      const result = await run(tmp.root, tmp.data);
      expect(result.lines).toEqual([]);
      const out = JSON.parse(readFileSync(join(tmp.root, 'public/data/peta/wilayah.topo.json'), 'utf8')) as Topology & {
        siga: { resmi: boolean };
      };
      expect(out.siga.resmi).toBe(true);
      const desa = feature(out, out.objects.desa!) as unknown as GeoJSON.FeatureCollection<
        GeoJSON.MultiPolygon,
        { kode: string; perkiraan: boolean }
      >;
      expectReferenceAreas(desa);
    } finally {
      tmp.cleanup();
    }
  });

  it('reports features that match no code, codes matched twice and desa left without a polygon', async () => {
    const ref = reference();
    const broken = {
      type: 'FeatureCollection',
      features: [
        ...ref.features.filter((f) => f.properties.code !== '19.02.04.2001'),
        { ...ref.features[0]!, properties: { ...ref.features[0]!.properties } },
        { ...ref.features[1]!, properties: { code: '19.99.01.2001', KDEPUM: '19.99.01.2001', name: 'Tidak Ada', WADMKD: 'Tidak Ada' } },
      ],
    };
    const tmp = tempRoot(join(REPO, 'data'));
    try {
      mkdirSync(join(tmp.data, 'geo', 'resmi'), { recursive: true });
      writeFileSync(join(tmp.data, 'geo', 'resmi', 'batas.geojson'), JSON.stringify(broken));
      const result = await run(tmp.root, tmp.data);
      expect(result.ok).toBe(false);
      expect(result.log.errors.map((e) => [e.rule, e.value])).toEqual([
        ['peta-ganda', '19.02.01.1001'],
        ['peta-cocok', '19.99.01.2001'],
        ['peta-hilang', 'Sijuk'],
      ]);
      expect(result.lines[1]).toBe(
        'data/geo/resmi/batas.geojson::fitur #50 (Tidak Ada)  "19.99.01.2001"  peta-cocok  Fitur ini tidak cocok dengan kode desa/kelurahan mana pun di data/wilayah.csv. Periksa kolom kode (mis. KDEPUM) atau nama desanya.',
      );
    } finally {
      tmp.cleanup();
    }
  });
});
