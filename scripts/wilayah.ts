/**
 * Regenerates data/wilayah.csv for any kabupaten/kota:
 *
 *   npm run wilayah -- --kode 19.02
 *
 * Codes and names come from the npm package idn-area-data (v3: Kepmendagri codes), village points from
 * geografis. Both are large, so they are installed on demand into .cache/ instead of for every user.
 * data/wilayah-overrides.csv (kode, kolom, nilai, alasan) restores local spellings after review.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { csvLine } from '../src/model/csv.ts';
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

function main(): void {
  const kode = argValue('--kode');
  if (!kode) {
    console.error('Pakai: npm run wilayah -- --kode 19.02 [--keluar data/wilayah.csv]');
    process.exit(2);
  }
  const root = resolve(import.meta.dirname, '..');
  const out = resolve(root, argValue('--keluar') ?? 'data/wilayah.csv');
  const modules = ensurePackages(join(root, '.cache', 'wilayah-src'));
  const dataDir = join(modules, 'idn-area-data', 'data');
  const pointsJson = JSON.parse(readFileSync(join(modules, 'geografis', 'data', 'json', 'data.json'), 'utf8')) as Array<{
    code: string;
    latitude: number;
    longitude: number;
  }>;
  const points = new Map(
    pointsJson.filter((p) => p.code.startsWith(`${kode}.`)).map((p) => [p.code, { lat: p.latitude, lon: p.longitude }]),
  );
  const overridesPath = join(root, 'data', 'wilayah-overrides.csv');
  const overrides = existsSync(overridesPath) ? readCsvObjects<Override>(overridesPath) : [];

  const rows = buildWilayahRows({
    kode,
    provinces: readCsvObjects<CodeName>(join(dataDir, 'provinces.csv')),
    regencies: readCsvObjects<CodeName>(join(dataDir, 'regencies.csv')),
    districts: readCsvObjects<CodeName>(join(dataDir, 'districts.csv')),
    villages: readCsvObjects<CodeName>(join(dataDir, 'villages.csv')),
    points,
    overrides,
    codeSource: `npm:${PACKAGES.codes} (kode Kemendagri)`,
    pointSource: `npm:${PACKAGES.points}`,
  });
  const missingPoints = rows.filter((r) => (r.tingkat === 'desa' || r.tingkat === 'kelurahan') && r.lat === '');
  writeFileSync(out, csvLine([...COLUMNS]) + rows.map((r) => csvLine(COLUMNS.map((c) => r[c]))).join(''));
  const count = (t: string) => rows.filter((r) => r.tingkat === t).length;
  console.log(`${out}: ${count('kecamatan')} kecamatan, ${count('desa')} desa, ${count('kelurahan')} kelurahan.`);
  for (const r of missingPoints) console.warn(`Peringatan: ${r.kode} ${r.nama} tidak punya titik desa di ${PACKAGES.points}.`);
}

main();
