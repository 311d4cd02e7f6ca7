/**
 * The map geometry of the configured area: the official boundary file in data/geo/resmi/ when there is
 * one, else the project's honest default (Voronoi cells of the village points clipped to land, marked
 * "batas perkiraan"). Either way one TopoJSON with the desa, kecamatan and kabupaten levels.
 *
 *   await loadGeometry('data', regions, config, log) -> { topology, resmi: false, sumber: '…' } | null
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Topology } from 'topojson-specification';
import { distanceToRingsKm, pointInRing, type Ring } from '../lib/geo/clip.ts';
import { importOfficial, type OfficialFeature } from '../lib/geo/official.ts';
import { buildTopology, type LevelFeature } from '../lib/geo/topology.ts';
import { voronoiVillages } from '../lib/geo/voronoi.ts';
import type { IssueLog } from '../lib/issues.ts';
import type { Config } from '../../src/model/catalog.ts';
import type { Region } from '../../src/model/region.ts';

export interface Geometry {
  topology: Topology;
  resmi: boolean;
  sumber: string;
  atribusi: string;
  /** The licence of the geometry, as its source states it. */
  lisensi: string;
}

export async function loadGeometry(
  dataDir: string,
  regions: ReadonlyMap<string, Region>,
  config: Config,
  log: IssueLog,
): Promise<Geometry | null> {
  const rootCode = config.wilayah.kode;
  const root = regions.get(rootCode);
  if (!root) return null;
  const kecNames = new Map([...regions.values()].filter((r) => r.level === 'kecamatan').map((r) => [r.kode, r.nama]));
  const officialDir = join(dataDir, 'geo', 'resmi');
  if (existsSync(officialDir) && readdirSync(officialDir).some((f) => /\.(geojson|json|topojson|zip)$/i.test(f))) {
    const features = await importOfficial(officialDir, regions, rootCode, log);
    if (!features || log.hasErrors) return null;
    checkPointsInside(features, regions, log);
    const files = readdirSync(officialDir)
      .filter((f) => !f.startsWith('.'))
      .join(', ');
    return {
      topology: buildTopology(features, root, kecNames),
      resmi: true,
      sumber: `data/geo/resmi/${files}`,
      atribusi: 'Batas resmi dari berkas data/geo/resmi/',
      lisensi: 'sesuai penyedia batas resmi (BIG/Bappeda)',
    };
  }
  const landPath = join(dataDir, 'geo', 'daratan.geojson');
  if (!existsSync(landPath)) return null;
  const land = JSON.parse(readFileSync(landPath, 'utf8')) as GeoJSON.FeatureCollection<GeoJSON.MultiPolygon>;
  const features = voronoiDefault(dataDir, land, regions, rootCode, log);
  const props = (land.features[0]?.properties ?? {}) as { atribusi?: string; lisensi?: string };
  return {
    topology: buildTopology(features, root, kecNames),
    resmi: false,
    sumber: 'Voronoi titik desa (data/wilayah.csv) dipotong daratan (data/geo/daratan.geojson)',
    atribusi: String(props.atribusi ?? ''),
    lisensi: String(props.lisensi ?? 'tidak tercantum di data/geo/daratan.geojson'),
  };
}

/** A village point outside its own official boundary is a warning: its coordinates are likely wrong. */
function checkPointsInside(features: readonly OfficialFeature[], regions: ReadonlyMap<string, Region>, log: IssueLog): void {
  for (const f of features) {
    const v = regions.get(f.properties.kode)!;
    if (v.lat === null || v.lon === null) continue;
    const at: [number, number] = [v.lon, v.lat];
    const inside = f.geometry.coordinates.some(
      (poly) => pointInRing(at, poly[0] as Ring) && !poly.slice(1).some((hole) => pointInRing(at, hole as Ring)),
    );
    if (!inside)
      log.warn({
        file: 'data/wilayah.csv',
        column: 'lat,lon',
        value: v.kode,
        rule: 'titik-desa',
        message: `Titik desa ${v.nama} (${v.kode}) berada di luar batas resminya. Periksa koordinatnya.`,
      });
  }
}

/** The default: Voronoi cells of the village points (and the neighbours' points beyond the border) clipped to land. */
function voronoiDefault(
  dataDir: string,
  land: GeoJSON.FeatureCollection<GeoJSON.MultiPolygon>,
  regions: ReadonlyMap<string, Region>,
  rootCode: string,
  log: IssueLog,
): LevelFeature[] {
  const rings = land.features.flatMap((f) => f.geometry.coordinates.map((p) => (p[0] as Ring).slice(0, -1)));
  const neighboursPath = join(dataDir, 'geo', 'titik-tetangga.csv');
  const neighbours = existsSync(neighboursPath)
    ? Papa.parse<Record<string, string>>(readFileSync(neighboursPath, 'utf8'), { header: true, skipEmptyLines: true }).data.map((r) => ({
        lon: Number(r.lon),
        lat: Number(r.lat),
      }))
    : [];
  const points = [...regions.values()]
    .filter((v) => v.level === 'desa' && v.kode.startsWith(`${rootCode}.`) && v.lat !== null && v.lon !== null)
    .map((v) => ({ kode: v.kode, nama: v.nama, induk: v.induk ?? '', lon: v.lon!, lat: v.lat! }));
  const offshore = points.filter((v) => !rings.some((r) => pointInRing([v.lon, v.lat], r)));
  if (offshore.length > 0) {
    log.warn({
      file: 'data/wilayah.csv',
      column: 'lat,lon',
      value: offshore.map((v) => v.kode).join(' '),
      rule: 'titik-desa',
      message: `${offshore.length} titik desa di luar daratan peta dasar: ${offshore.map((v) => `${v.nama} ${v.kode} (${distanceToRingsKm([v.lon, v.lat], rings).toFixed(1)} km)`).join(', ')}. Garis pantai skala 1:10 juta bisa meleset beberapa km dan tidak memuat pulau kecil; periksa titik yang jauh dari pantai. Dengan batas resmi, setiap titik diperiksa terhadap batas desanya.`,
    });
  }
  return voronoiVillages(points, neighbours, rings) as unknown as LevelFeature[];
}
