/**
 * Imports an official boundary file dropped into data/geo/resmi/ — GeoJSON, TopoJSON, or a zipped
 * Shapefile as BIG or Bappeda hand it out — reprojects it to WGS84 and matches its features to
 * data/wilayah.csv by a code field, or failing that by normalised names.
 *
 *   await importOfficial('data/geo/resmi', regions, '19.02', log) -> desa features (perkiraan: false) or null
 *
 * Every feature not matched, every code matched twice, every desa left without a polygon and every
 * invalid ring is reported as an error naming the file and the feature.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { unzipSync } from 'fflate';
import proj4 from 'proj4';
import * as shapefile from 'shapefile';
import { feature as topoFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Region } from '../../../src/model/region.ts';
import type { IssueLog } from '../issues.ts';
import { closeRing, ringArea, type Ring } from './clip.ts';

export type OfficialFeature = GeoJSON.Feature<GeoJSON.MultiPolygon, { kode: string; nama: string; induk: string; perkiraan: false }>;

const CODE_FIELDS = [
  'kdepum',
  'kode_desa',
  'kd_desa',
  'kode',
  'code',
  'kode_wilayah',
  'kode_kemendagri',
  'id_desa',
  'iddesa',
  'kdcpum',
  'kode_kec',
  'kd_kec',
];
const NAME_FIELDS = ['wadmkd', 'namobj', 'nama_desa', 'desa', 'desa_kel', 'kelurahan', 'nama', 'name', 'wadmkc', 'kecamatan'];

/** '1902012003', '19.02.01.2003' and 19020120003-style numbers all become '19.02.01.2003'. */
export function normaliseCode(value: unknown): string {
  const digits = String(value ?? '').replace(/\D/g, '');
  if (digits.length === 10) return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}.${digits.slice(6)}`;
  if (digits.length === 6) return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4)}`;
  return String(value ?? '').trim();
}

/** 'Desa Aik Rayak', 'AIK RAYAK', 'Kel. Kota' -> 'aikrayak', 'kota'. */
export function normaliseName(value: unknown): string {
  return String(value ?? '')
    .toLowerCase()
    .replace(/^(desa|kelurahan|kel\.|ds\.|kecamatan|kec\.)\s*/, '')
    .replace(/[^a-z]/g, '');
}

/** A proj4 definition for a .prj text or an EPSG code of the projections Indonesian files use. */
export function projectionFor(prjOrCode: string | undefined): string | null {
  if (!prjOrCode) return null;
  const text = prjOrCode.trim();
  const epsg = /(?:EPSG[:]{1,2}|^)(\d{4,5})$/.exec(text)?.[1];
  if (epsg) {
    const code = Number(epsg);
    if (code === 4326 || code === 4755 || code === 4674) return null;
    if (code >= 32701 && code <= 32760) return `+proj=utm +zone=${code - 32700} +south +datum=WGS84 +units=m +no_defs`;
    if (code >= 32601 && code <= 32660) return `+proj=utm +zone=${code - 32600} +datum=WGS84 +units=m +no_defs`;
    if (code >= 23830 && code <= 23845) return null; // DGN95 / TM-3 zones: needs the .prj text itself
    return null;
  }
  if (/GEOGCS\[/.test(text) && !/PROJCS\[/.test(text)) return null;
  return text; // WKT: proj4 reads it
}

async function readFeatures(
  path: string,
  log: IssueLog,
  label: string,
): Promise<{ features: GeoJSON.Feature[]; projection: string | null } | null> {
  const ext = extname(path).toLowerCase();
  if (ext === '.zip') {
    const files = unzipSync(new Uint8Array(readFileSync(path)));
    const find = (suffix: string) => Object.entries(files).find(([name]) => name.toLowerCase().endsWith(suffix))?.[1];
    const shp = find('.shp');
    const dbf = find('.dbf');
    const prj = find('.prj');
    if (!shp || !dbf) {
      log.error({
        file: label,
        rule: 'peta-berkas',
        message: 'Arsip zip tidak berisi pasangan .shp dan .dbf. Sertakan semua berkas Shapefile (.shp, .shx, .dbf, .prj) dalam satu zip.',
      });
      return null;
    }
    const collection = await shapefile.read(
      shp.buffer.slice(shp.byteOffset, shp.byteOffset + shp.byteLength) as ArrayBuffer,
      dbf.buffer.slice(dbf.byteOffset, dbf.byteOffset + dbf.byteLength) as ArrayBuffer,
    );
    return { features: collection.features, projection: projectionFor(prj ? new TextDecoder().decode(prj) : undefined) };
  }
  const json = JSON.parse(readFileSync(path, 'utf8')) as {
    type: string;
    objects?: Record<string, unknown>;
    features?: GeoJSON.Feature[];
    crs?: { properties?: { name?: string } };
  };
  if (json.type === 'Topology') {
    const topo = json as unknown as Topology;
    const objects = Object.values(topo.objects).map((o) => topoFeature(topo, o) as GeoJSON.FeatureCollection | GeoJSON.Feature);
    const largest = objects.map((o) => ('features' in o ? o.features : [o])).sort((a, b) => b.length - a.length)[0] ?? [];
    return { features: largest, projection: null };
  }
  if (json.type === 'FeatureCollection') return { features: json.features ?? [], projection: projectionFor(json.crs?.properties?.name) };
  log.error({ file: label, rule: 'peta-berkas', message: 'Berkas bukan GeoJSON FeatureCollection atau TopoJSON.' });
  return null;
}

function pick(props: Record<string, unknown>, candidates: string[], valid: (v: string) => boolean): string | null {
  const keys = Object.keys(props);
  for (const c of candidates) {
    const key = keys.find((k) => k.toLowerCase() === c);
    if (key && valid(String(props[key] ?? ''))) return key;
  }
  return null;
}

export async function importOfficial(
  dir: string,
  regions: ReadonlyMap<string, Region>,
  rootCode: string,
  log: IssueLog,
): Promise<OfficialFeature[] | null> {
  const files = readdirSync(dir)
    .filter((f) => /\.(geojson|json|topojson|zip)$/i.test(f))
    .sort();
  if (files.length === 0) return null;
  const villages = [...regions.values()].filter((r) => r.level === 'desa' && r.kode.startsWith(`${rootCode}.`));
  const byName = new Map<string, Region[]>();
  for (const v of villages) byName.set(normaliseName(v.nama), [...(byName.get(normaliseName(v.nama)) ?? []), v]);
  const matcher: Matcher = { regions, byName, rootCode, out: new Map() };
  for (const file of files) {
    const label = `data/geo/resmi/${file}`;
    const read = await readFeatures(join(dir, file), log, label);
    if (!read) continue;
    const transform = read.projection ? proj4(read.projection, 'WGS84') : null;
    read.features.forEach((f, i) => addFeature(f, i, label, transform, matcher, log));
  }
  for (const v of villages) {
    if (!matcher.out.has(v.kode))
      log.error({
        file: `data/geo/resmi/${files.join(', ')}`,
        column: v.kode,
        value: v.nama,
        rule: 'peta-hilang',
        message: `Desa/kelurahan ${v.nama} (${v.kode}) tidak punya batas di berkas resmi. Lengkapi berkasnya, atau hapus berkas resmi agar batas perkiraan dipakai.`,
      });
  }
  return [...matcher.out.values()].map((o) => o.feature).sort((a, b) => (a.properties.kode < b.properties.kode ? -1 : 1));
}

/** What matching features to villages needs, and the features matched so far by village code. */
interface Matcher {
  regions: ReadonlyMap<string, Region>;
  byName: ReadonlyMap<string, Region[]>;
  rootCode: string;
  out: Map<string, { feature: OfficialFeature; label: string }>;
}

/** One feature of an official file, matched to its village by code or else by a name only one village has; problems logged. */
function addFeature(f: GeoJSON.Feature, i: number, label: string, transform: proj4.Converter | null, m: Matcher, log: IssueLog): void {
  const props = (f.properties ?? {}) as Record<string, unknown>;
  const codeKey = pick(props, CODE_FIELDS, (v) => m.regions.has(normaliseCode(v)));
  const anyCodeKey = codeKey ?? pick(props, CODE_FIELDS, (v) => v.trim() !== '');
  const nameKey = pick(props, NAME_FIELDS, (v) => v.trim() !== '');
  const where = `fitur #${i + 1}${nameKey ? ` (${String(props[nameKey])})` : ''}`;
  let region = codeKey ? m.regions.get(normaliseCode(props[codeKey])) : undefined;
  if (!region && nameKey) {
    const candidates = m.byName.get(normaliseName(props[nameKey])) ?? [];
    if (candidates.length === 1) region = candidates[0];
  }
  const problem = (rule: string, value: string | undefined, message: string) =>
    log.error({ file: label, column: where, value, rule, message });
  if (!region || region.level !== 'desa' || !region.kode.startsWith(`${m.rootCode}.`))
    return problem(
      'peta-cocok',
      anyCodeKey ? String(props[anyCodeKey]) : undefined,
      'Fitur ini tidak cocok dengan kode desa/kelurahan mana pun di data/wilayah.csv. Periksa kolom kode (mis. KDEPUM) atau nama desanya.',
    );
  const rings = polygonsOf(f.geometry, transform);
  if (rings === null)
    return problem(
      'peta-cincin',
      region.kode,
      'Geometri tidak sah (cincin kurang dari 4 titik atau koordinat bukan angka). Perbaiki di aplikasi GIS lalu ekspor ulang.',
    );
  const other = m.out.get(region.kode);
  if (other)
    return problem(
      'peta-ganda',
      region.kode,
      `Kode ${region.kode} (${region.nama}) sudah dipakai fitur lain (${other.label}). Gabungkan keduanya menjadi satu fitur.`,
    );
  m.out.set(region.kode, {
    label,
    feature: {
      type: 'Feature',
      properties: { kode: region.kode, nama: region.nama, induk: region.induk ?? '', perkiraan: false },
      geometry: { type: 'MultiPolygon', coordinates: rings },
    },
  });
}

/** Rings reprojected to lon/lat, counter-clockwise outers and clockwise holes; null when invalid. */
function polygonsOf(geometry: GeoJSON.Geometry | null, transform: proj4.Converter | null): Ring[][] | null {
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return null;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const out: Ring[][] = [];
  for (const polygon of polygons) {
    const rings: Ring[] = [];
    for (const [i, ring] of polygon.entries()) {
      if (ring.length < 4 || ring.some((p) => !Number.isFinite(p[0]) || !Number.isFinite(p[1]))) return null;
      let pts = ring.map((p) =>
        transform ? (transform.forward([p[0]!, p[1]!]) as [number, number]) : ([p[0]!, p[1]!] as [number, number]),
      );
      if (pts.some(([x, y]) => Math.abs(x) > 180 || Math.abs(y) > 90)) return null;
      const ccw = ringArea(pts) > 0;
      if ((i === 0) !== ccw) pts = pts.slice().reverse();
      rings.push(closeRing(pts, 6));
    }
    out.push(rings);
  }
  return out;
}
