/**
 * data/wilayah.csv: the region tree (Kemendagri codes). One row per region, parents before children.
 *
 *   loadWilayah('data/wilayah.csv', config, log) -> Map { '19.02' => { kode, nama, tingkat, level: 'kabupaten', ... } }
 */
import { z } from 'zod';
import { readCsv } from '../lib/csv.ts';
import type { IssueLog } from '../lib/issues.ts';
import type { Config, Level } from '../lib/schema.ts';

export const WILAYAH_COLUMNS = ['kode', 'nama', 'tingkat', 'kode_induk', 'lat', 'lon', 'sumber'] as const;
const TINGKAT = ['nasional', 'provinsi', 'kabupaten', 'kota', 'kecamatan', 'desa', 'kelurahan'] as const;

const KODE = /^(ID|\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?)$/;
const LAT = /^$|^-?\d{1,2}\.\d+$/;
const LON = /^$|^-?\d{1,3}\.\d+$/;
const TINGKAT_SET = new Set<string>(TINGKAT);

/** One row's rules, for the messages of a row that breaks them (cells arrive trimmed). */
export const WilayahRow = z.object({
  kode: z.string().regex(KODE, 'Kode harus berbentuk kode Kemendagri, mis. 19.02.05.2001'),
  nama: z.string().trim().min(1, 'Nama wilayah kosong'),
  tingkat: z.enum(TINGKAT, { errorMap: () => ({ message: `Tingkat harus salah satu dari: ${TINGKAT.join(', ')}.` }) }),
  kode_induk: z.string(),
  lat: z.string().regex(LAT, 'Lintang berupa angka desimal dengan titik, mis. -2.742575.'),
  lon: z.string().regex(LON, 'Bujur berupa angka desimal dengan titik, mis. 107.635902.'),
  sumber: z.string().trim().min(1, 'Sebutkan sumber kode dan nama wilayah'),
});
type WilayahCells = Record<(typeof WILAYAH_COLUMNS)[number], string>;

/**
 * The same rules as WilayahRow for trimmed cells, checked without building a parse result: a national
 * file has 91,000 rows, and this runs before any worker thread can start. WilayahRow then only
 * explains the rows this refuses (a test holds the two to the same answers).
 */
export function passesWilayahRow(c: WilayahCells): boolean {
  return KODE.test(c.kode) && c.nama !== '' && TINGKAT_SET.has(c.tingkat) && LAT.test(c.lat) && LON.test(c.lon) && c.sumber !== '';
}

export interface Region {
  kode: string;
  nama: string;
  tingkat: (typeof TINGKAT)[number];
  level: Level;
  induk: string | null;
  lat: number | null;
  lon: number | null;
  sumber: string;
  anak: string[];
}

export function levelOf(tingkat: Region['tingkat']): Level {
  if (tingkat === 'kota') return 'kabupaten';
  if (tingkat === 'kelurahan') return 'desa';
  return tingkat;
}

export async function loadWilayah(path: string, label: string, config: Config, log: IssueLog): Promise<Map<string, Region>> {
  const regions = new Map<string, Region>();
  let index: Record<string, number> = {};
  const result = await readCsv(path, {
    onHeader(header) {
      index = Object.fromEntries(header.map((h, i) => [h, i]));
      const missing = WILAYAH_COLUMNS.filter((c) => !(c in index));
      for (const column of missing) log.error({ file: label, row: 1, column, rule: 'kolom-hilang', message: `Kolom wajib "${column}" tidak ada. Kolom yang diharapkan: ${WILAYAH_COLUMNS.join(', ')}.` });
      return missing.length === 0;
    },
    onRow(cells, row) {
      const cell = (c: (typeof WILAYAH_COLUMNS)[number]): string => (cells[index[c]!] ?? '').trim();
      const r = { kode: cell('kode'), nama: cell('nama'), tingkat: cell('tingkat'), kode_induk: cell('kode_induk'), lat: cell('lat'), lon: cell('lon'), sumber: cell('sumber') };
      const parsed = passesWilayahRow(r) ? null : WilayahRow.safeParse(r);
      if (parsed && !parsed.success) {
        for (const issue of parsed.error.issues) {
          const column = String(issue.path[0]) as keyof typeof r;
          log.error({ file: label, row, column, value: r[column], rule: 'wilayah', message: issue.message });
        }
        return;
      }
      const tingkat = r.tingkat as Region['tingkat'];
      if (regions.has(r.kode)) {
        log.error({ file: label, row, column: 'kode', value: r.kode, rule: 'kunci-ganda', message: 'Kode wilayah muncul dua kali. Hapus salah satu baris.' });
        return;
      }
      const induk = r.kode_induk === '' ? null : r.kode_induk;
      if (induk !== null && !regions.has(induk)) {
        log.error({ file: label, row, column: 'kode_induk', value: r.kode_induk, rule: 'kode-wilayah', message: 'Kode induk belum ada di baris sebelumnya. Tulis wilayah induk di atas wilayah anaknya.' });
        return;
      }
      regions.set(r.kode, {
        kode: r.kode,
        nama: r.nama,
        tingkat,
        level: levelOf(tingkat),
        induk,
        lat: r.lat === '' ? null : Number(r.lat),
        lon: r.lon === '' ? null : Number(r.lon),
        sumber: r.sumber,
        anak: [],
      });
      if (induk !== null) regions.get(induk)!.anak.push(r.kode);
    },
  });
  if (result.empty) log.error({ file: label, rule: 'berkas-kosong', message: 'Berkas wilayah kosong. Buat ulang dengan `npm run wilayah -- --kode <kode>`.' });
  for (const kode of [config.wilayah.kode, config.wilayah.provinsi, config.wilayah.nasional]) {
    if (!result.empty && !regions.has(kode)) {
      log.error({ file: 'data/config.yml', column: 'wilayah', value: kode, rule: 'kode-wilayah', message: `Kode ${kode} dari konfigurasi tidak ada di ${label}. Buat ulang dengan \`npm run wilayah -- --kode ${config.wilayah.kode}\`.` });
    }
  }
  return regions;
}

const positions = new WeakMap<ReadonlyMap<string, unknown>, { index: Map<string, number>; codes: string[] }>();

function positionsOf(regions: ReadonlyMap<string, unknown>): { index: Map<string, number>; codes: string[] } {
  let p = positions.get(regions);
  if (!p) {
    const codes = [...regions.keys()];
    positions.set(regions, (p = { index: new Map(codes.map((k, i) => [k, i])), codes }));
  }
  return p;
}

/** Each code's position in the regions map (the order of data/wilayah.csv), built once per map. */
export function regionIndex(regions: ReadonlyMap<string, unknown>): ReadonlyMap<string, number> {
  return positionsOf(regions).index;
}

/** The codes in that order: position -> code, the inverse of regionIndex. */
export function regionCodes(regions: ReadonlyMap<string, unknown>): readonly string[] {
  return positionsOf(regions).codes;
}

/**
 * The regions as a few columns, to send to a worker thread: copying 91,000 objects with their child
 * lists between threads took longer than reading the file (0.2 s per worker); columns of strings take
 * a few milliseconds. `unpackRegions` gives back an equal map, children in file order.
 *
 *   unpackRegions(packRegions(regions))   // deep-equal to regions
 */
export interface PackedRegions {
  kode: string[];
  nama: string[];
  tingkat: Array<Region['tingkat']>;
  induk: Array<string | null>;
  /** NaN where there is no point. */
  lat: Float64Array;
  lon: Float64Array;
  sumber: string[];
}

export function packRegions(regions: ReadonlyMap<string, Region>): PackedRegions {
  const all = [...regions.values()];
  return {
    kode: all.map((r) => r.kode),
    nama: all.map((r) => r.nama),
    tingkat: all.map((r) => r.tingkat),
    induk: all.map((r) => r.induk),
    lat: Float64Array.from(all, (r) => r.lat ?? NaN),
    lon: Float64Array.from(all, (r) => r.lon ?? NaN),
    sumber: all.map((r) => r.sumber),
  };
}

export function unpackRegions(p: PackedRegions): Map<string, Region> {
  const regions = new Map<string, Region>();
  p.kode.forEach((kode, i) => {
    const lat = p.lat[i]!;
    const lon = p.lon[i]!;
    const induk = p.induk[i]!;
    regions.set(kode, { kode, nama: p.nama[i]!, tingkat: p.tingkat[i]!, level: levelOf(p.tingkat[i]!), induk, lat: Number.isNaN(lat) ? null : lat, lon: Number.isNaN(lon) ? null : lon, sumber: p.sumber[i]!, anak: [] });
    if (induk !== null) regions.get(induk)!.anak.push(kode);
  });
  return regions;
}
