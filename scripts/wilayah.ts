/**
 * Prepares the portal for any kabupaten/kota in one command:
 *
 *   npm run wilayah -- --kode 19.01
 *
 * 1. data/wilayah.csv: codes and names from the npm package idn-area-data (v3: Kepmendagri codes), village
 *    points from geografis, both installed on demand into .cache/ (pinned versions that run on Node 20).
 *    data/wilayah-overrides.csv (kode, kolom, nilai, alasan) restores local spellings after review.
 * 2. data/config.yml, when the region is another one: its code and province, the portal's name, and the
 *    publisher, address and help contacts set to "ISI: …" values the build refuses to publish until the
 *    new Dinas fills them in (scripts/lib/config-placeholders.ts); the national SAPA 129 line stays.
 * 3. data/geo/: the coastline around it and the neighbouring village points (scripts/geo/prepare.ts), cut
 *    from a 168 MB package downloaded once into .cache/.
 *
 * --data DIR writes into another data folder; --sumber DIR reads idn-area-data and geografis from DIR
 * (laid out as node_modules) and --daratan FILE cuts the coastline from FILE, so tests need no download.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { parseDocument } from 'yaml';
import { csvLine } from '../src/model/csv.ts';
import { prepareGeometry } from './geo/prepare.ts';
import { FILL_MARK } from './lib/config-placeholders.ts';
import { buildWilayahRows, type CodeName, type Override } from './lib/wilayah-build.ts';

const PACKAGES = { codes: 'idn-area-data@3.1.2', points: 'geografis@1.3.2' };
const COLUMNS = ['kode', 'nama', 'tingkat', 'kode_induk', 'lat', 'lon', 'sumber'] as const;

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function readCsvObjects<T>(path: string): T[] {
  const parsed = Papa.parse<T>(readFileSync(path, 'utf8').replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
  return parsed.data;
}

function ensurePackages(cacheDir: string): string {
  const modules = join(cacheDir, 'node_modules');
  if (!existsSync(join(modules, 'idn-area-data')) || !existsSync(join(modules, 'geografis'))) {
    mkdirSync(cacheDir, { recursive: true });
    console.log(`Mengunduh ${PACKAGES.codes} dan ${PACKAGES.points} ke ${cacheDir} …`);
    execFileSync(
      'npm',
      ['install', '--no-save', '--no-package-lock', '--ignore-scripts', '--prefix', cacheDir, PACKAGES.codes, PACKAGES.points],
      {
        stdio: 'inherit',
      },
    );
  }
  return modules;
}

export interface RegionOptions {
  kode: string;
  /** The data folder to write (default: the repository's data/). */
  dataDir: string;
  /** Where idn-area-data and geografis are (node_modules layout); default: downloaded into .cache/. */
  sources?: string;
  /** A land GeoJSON to cut the coastline from instead of the 168 MB package. */
  landFile?: string;
  log?: (line: string) => void;
}

/** Writes the region list, the configuration of a new region, and its geometry inputs. */
export function prepareRegion(options: RegionOptions): { kecamatan: number; desa: number; kelurahan: number; configChanged: boolean } {
  const { kode, dataDir } = options;
  const log = options.log ?? console.log;
  const root = resolve(import.meta.dirname, '..');
  const modules = options.sources ?? ensurePackages(join(root, '.cache', 'wilayah-src'));
  const sourceDir = join(modules, 'idn-area-data', 'data');
  const pointsJson = JSON.parse(readFileSync(join(modules, 'geografis', 'data', 'json', 'data.json'), 'utf8')) as Array<{
    code: string;
    latitude: number;
    longitude: number;
  }>;
  const points = new Map(
    pointsJson.filter((p) => p.code.startsWith(`${kode}.`)).map((p) => [p.code, { lat: p.latitude, lon: p.longitude }]),
  );
  const overridesPath = join(dataDir, 'wilayah-overrides.csv');
  const overrides = existsSync(overridesPath) ? readCsvObjects<Override>(overridesPath).filter((o) => o.kode.startsWith(kode)) : [];
  const rows = buildWilayahRows({
    kode,
    provinces: readCsvObjects<CodeName>(join(sourceDir, 'provinces.csv')),
    regencies: readCsvObjects<CodeName>(join(sourceDir, 'regencies.csv')),
    districts: readCsvObjects<CodeName>(join(sourceDir, 'districts.csv')),
    villages: readCsvObjects<CodeName>(join(sourceDir, 'villages.csv')),
    points,
    overrides,
    codeSource: `npm:${PACKAGES.codes} (kode Kemendagri)`,
    pointSource: `npm:${PACKAGES.points}`,
  });
  writeFileSync(join(dataDir, 'wilayah.csv'), csvLine([...COLUMNS]) + rows.map((r) => csvLine(COLUMNS.map((c) => r[c]))).join(''));
  const count = (t: string) => rows.filter((r) => r.tingkat === t).length;
  log(`data/wilayah.csv: ${count('kecamatan')} kecamatan, ${count('desa')} desa, ${count('kelurahan')} kelurahan.`);
  for (const r of rows.filter((r) => (r.tingkat === 'desa' || r.tingkat === 'kelurahan') && r.lat === ''))
    log(`Peringatan: ${r.kode} ${r.nama} tidak punya titik desa di ${PACKAGES.points}.`);

  const regency = rows.find((r) => r.kode === kode)!;
  const configChanged = writeConfig(join(dataDir, 'config.yml'), kode, regency.nama);
  if (configChanged)
    log(
      `data/config.yml: wilayah ${kode} (${regency.nama}). Isi setiap nilai "${FILL_MARK} …" (penyelenggara, alamat situs, kontak bantuan) sebelum menerbitkan: pembangunan menolaknya sampai diisi.`,
    );
  const geo = prepareGeometry({
    dataDir,
    ...(options.sources ? { modules: options.sources } : {}),
    ...(options.landFile ? { landFile: options.landFile } : {}),
  });
  log(`data/geo/daratan.geojson: ${geo.islands} pulau; data/geo/titik-tetangga.csv: ${geo.neighbours} titik desa tetangga.`);
  return { kecamatan: count('kecamatan'), desa: count('desa'), kelurahan: count('kelurahan'), configChanged };
}

/**
 * Points data/config.yml at another region, keeping its comments: the region's code and province, the
 * portal's name, and the publisher, address, correction contact and local help set to "ISI: …" values.
 * Returns false when the file already names this region (nothing to change).
 */
function writeConfig(path: string, kode: string, name: string): boolean {
  const doc = parseDocument(readFileSync(path, 'utf8'));
  if (String(doc.getIn(['wilayah', 'kode'])) === kode) return false;
  const place = name.replace(/^(Kabupaten|Kota)\s+/i, '');
  doc.setIn(['wilayah', 'kode'], kode);
  doc.setIn(['wilayah', 'provinsi'], kode.slice(0, 2));
  doc.setIn(['portal', 'nama'], doc.createNode({ id: `SIGA ${place}`, en: `SIGA ${place}` }, { flow: true }));
  doc.setIn(
    ['portal', 'penyelenggara'],
    doc.createNode(
      { id: `${FILL_MARK} nama resmi Dinas PPPA ${name}`, en: `${FILL_MARK} official name of the office in English` },
      { flow: true },
    ),
  );
  doc.setIn(['portal', 'url'], 'https://isi-alamat-portal.invalid');
  doc.setIn(['portal', 'koreksi'], 'https://isi-kontak-koreksi.invalid');
  const help = (doc.getIn(['kekerasan', 'bantuan']) as { toJSON(): Array<{ telepon?: string }> } | undefined)?.toJSON() ?? [];
  const national = help.filter((b) => b.telepon === '129');
  doc.setIn(
    ['kekerasan', 'bantuan'],
    doc.createNode([...national, { nama: `${FILL_MARK} nama Dinas atau UPTD PPA ${name}`, situs: 'https://isi-situs-dinas.invalid' }]),
  );
  writeFileSync(path, String(doc));
  return true;
}

function main(): void {
  const kode = argValue('--kode');
  if (!kode) {
    console.error('Pakai: npm run wilayah -- --kode NN.NN [--data data] [--sumber DIR] [--daratan berkas.geojson]');
    process.exit(2);
  }
  const root = resolve(import.meta.dirname, '..');
  const sources = argValue('--sumber');
  const landFile = argValue('--daratan');
  prepareRegion({
    kode,
    dataDir: resolve(root, argValue('--data') ?? 'data'),
    ...(sources ? { sources: resolve(sources) } : {}),
    ...(landFile ? { landFile: resolve(landFile) } : {}),
  });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
