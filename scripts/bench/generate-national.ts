/**
 * Writes an INVENTED national-scale data set for the benchmark: 38 provinces, 514 kabupaten/kota,
 * 7,277 kecamatan and 83,763 desa (Indonesia's counts), 20 indicators × 10 years per desa
 * (16,752,600 value rows). Every number is synthetic and the folder says so; it never enters data/.
 *
 *   await generateNational('/tmp/siga-bench') -> { dataDir: '/tmp/siga-bench/data', rows: 16752600 }
 */
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileWriter } from '../fast/file-writer.ts';

export const NATIONAL = { provinces: 38, kabupaten: 514, kecamatan: 7277, desa: 83763, indicators: 20, years: 10, firstYear: 2015 };

/** Splits `total` into `parts` whole numbers that differ by at most one. */
export function spread(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, i) => base + (i < total % parts ? 1 : 0));
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function nationalCodes(): { provinces: string[]; kabupaten: string[]; kecamatan: string[]; desa: string[] } {
  const provinces = Array.from({ length: NATIONAL.provinces }, (_, i) => String(11 + i));
  const kabupaten: string[] = [];
  spread(NATIONAL.kabupaten, provinces.length).forEach((n, p) => {
    for (let k = 1; k <= n; k++) kabupaten.push(`${provinces[p]}.${pad(k, 2)}`);
  });
  const kecamatan: string[] = [];
  spread(NATIONAL.kecamatan, kabupaten.length).forEach((n, k) => {
    for (let c = 1; c <= n; c++) kecamatan.push(`${kabupaten[k]}.${pad(c, 2)}`);
  });
  const desa: string[] = [];
  spread(NATIONAL.desa, kecamatan.length).forEach((n, c) => {
    for (let d = 1; d <= n; d++) desa.push(`${kecamatan[c]}.${2000 + d}`);
  });
  return { provinces, kabupaten, kecamatan, desa };
}

export async function generateNational(root: string): Promise<{ dataDir: string; rows: number }> {
  const dataDir = join(root, 'data-fiktif-nasional');
  const rows = NATIONAL.desa * NATIONAL.indicators * NATIONAL.years;
  mkdirSync(join(dataDir, 'values'), { recursive: true });
  const indicators = Array.from({ length: NATIONAL.indicators }, (_, i) => `bench-${pad(i + 1, 2)}`);
  // The YAML files are small and follow the catalogue's schema: written every time; the CSV files once.
  writeCatalogue(dataDir, indicators);
  const marker = join(dataDir, '.lengkap');
  if (existsSync(marker)) return { dataDir, rows };
  writeValues(dataDir, indicators);
  writeFileSync(marker, 'ok\n');
  return { dataDir, rows };
}

/** config.yml, sources.yml, indicators.yml, and the KLA and PUG models every portal carries (their evidence files empty). */
function writeCatalogue(dataDir: string, indicators: readonly string[]): void {
  writeFileSync(
    join(dataDir, 'config.yml'),
    [
      '# FIKTIF: data set nasional sintetis untuk benchmark.',
      'wilayah: { kode: "ID", provinsi: "11", nasional: "ID" }',
      'portal: { nama: { id: Bench, en: Bench }, penyelenggara: { id: Bench, en: Bench }, url: "https://contoh.invalid" }',
      'tahun: { min: 2000, max: 2035 }',
      'kekerasan: { ambang: 10 }',
      '',
    ].join('\n'),
  );
  for (const model of ['kla', 'ape'])
    cpSync(join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'fiktif-minimal', model), join(dataDir, model), { recursive: true });
  writeFileSync(
    join(dataDir, 'sources.yml'),
    'fiktif-bench:\n  judul: Data sintetis untuk benchmark (bukan data sungguhan)\n  penerbit: Tim pengembang SIGA\n',
  );
  writeFileSync(
    join(dataDir, 'indicators.yml'),
    [
      'kelompok: { I: { id: Data Umum, en: General } }',
      'program: {}',
      'skema: {}',
      '_m: &m',
      '  { tema: gender, kelompok: I, program: null, opd: { id: x, en: x }, tipe: angka, satuan: { id: x, en: x }, rentang: [0, 100], desimal: 2,',
      '    polaritas: naik, konsep: { id: x, en: x }, definisi: { id: x, en: x }, rumus: { id: x, en: x }, interpretasi: { id: x, en: x },',
      '    sumber_data: { id: x, en: x }, periode: { id: x, en: x }, level_wilayah: [desa], disagregasi: [] }',
      'indikator:',
      ...indicators.map((id) => `  - { <<: *m, id: ${id}, nama: { id: ${id}, en: ${id} } }`),
      'elemen_standar: []',
      '',
    ].join('\n'),
  );
}

/** wilayah.csv with every invented region, and one value file per indicator: each desa, each year. */
function writeValues(dataDir: string, indicators: readonly string[]): void {
  const codes = nationalCodes();
  const wilayah = new FileWriter(join(dataDir, 'wilayah.csv'));
  wilayah.add('kode,nama,tingkat,kode_induk,lat,lon,sumber\nID,Indonesia,nasional,,,,fiktif\n');
  for (const p of codes.provinces) wilayah.add(`${p},Provinsi ${p},provinsi,ID,,,fiktif\n`);
  for (const k of codes.kabupaten) wilayah.add(`${k},Kabupaten ${k},kabupaten,${k.slice(0, 2)},,,fiktif\n`);
  for (const c of codes.kecamatan) wilayah.add(`${c},Kecamatan ${c},kecamatan,${c.slice(0, 5)},,,fiktif\n`);
  for (const d of codes.desa) wilayah.add(`${d},Desa ${d},desa,${d.slice(0, 8)},,,fiktif\n`);
  wilayah.close();
  for (const [n, id] of indicators.entries()) {
    const out = new FileWriter(join(dataDir, 'values', `${id}.csv`));
    out.add('kode_wilayah;tahun;jenis_kelamin;kelompok_umur;kategori;jenis;nilai;status;sumber;lokasi;catatan\n');
    for (let d = 0; d < codes.desa.length; d++) {
      for (let y = 0; y < NATIONAL.years; y++) {
        const value = ((d * 37 + y * 11 + n * 7) % 10000) / 100;
        out.add(`${codes.desa[d]};${NATIONAL.firstYear + y};;;;realisasi;${String(value).replace('.', ',')};;fiktif-bench;;\n`);
      }
    }
    out.close();
  }
}
