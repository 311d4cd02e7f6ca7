/**
 * data/wilayah.csv: the region tree (Kemendagri codes). One row per region, parents before children.
 *
 *   loadWilayah('data/wilayah.csv', config, log) -> Map { '19.02' => { kode, nama, tingkat, level: 'kabupaten', ... } }
 */
import { z } from 'zod';
import { levelOf, TINGKAT, type Region } from '../../src/model/region.ts';
import type { Config } from '../../src/model/catalog.ts';
import { readCsv } from '../fast/csv-reader.ts';
import type { IssueLog } from '../lib/issues.ts';

export const WILAYAH_COLUMNS = ['kode', 'nama', 'tingkat', 'kode_induk', 'lat', 'lon', 'sumber'] as const;

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

export async function loadWilayah(path: string, label: string, config: Config, log: IssueLog): Promise<Map<string, Region>> {
  const regions = new Map<string, Region>();
  let index: Record<string, number> = {};
  const result = await readCsv(path, {
    onHeader(header) {
      index = Object.fromEntries(header.map((h, i) => [h, i]));
      const missing = WILAYAH_COLUMNS.filter((c) => !(c in index));
      for (const column of missing)
        log.error({
          file: label,
          row: 1,
          column,
          rule: 'kolom-hilang',
          message: `Kolom wajib "${column}" tidak ada. Kolom yang diharapkan: ${WILAYAH_COLUMNS.join(', ')}.`,
        });
      return missing.length === 0;
    },
    onRow(cells, row) {
      const cell = (c: (typeof WILAYAH_COLUMNS)[number]): string => (cells[index[c]!] ?? '').trim();
      const r = {
        kode: cell('kode'),
        nama: cell('nama'),
        tingkat: cell('tingkat'),
        kode_induk: cell('kode_induk'),
        lat: cell('lat'),
        lon: cell('lon'),
        sumber: cell('sumber'),
      };
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
        log.error({
          file: label,
          row,
          column: 'kode',
          value: r.kode,
          rule: 'kunci-ganda',
          message: 'Kode wilayah muncul dua kali. Hapus salah satu baris.',
        });
        return;
      }
      const induk = r.kode_induk === '' ? null : r.kode_induk;
      if (induk !== null && !regions.has(induk)) {
        log.error({
          file: label,
          row,
          column: 'kode_induk',
          value: r.kode_induk,
          rule: 'kode-wilayah',
          message: 'Kode induk belum ada di baris sebelumnya. Tulis wilayah induk di atas wilayah anaknya.',
        });
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
  if (result.empty)
    log.error({
      file: label,
      rule: 'berkas-kosong',
      message: 'Berkas wilayah kosong. Buat ulang dengan `npm run wilayah -- --kode <kode>`.',
    });
  for (const kode of [config.wilayah.kode, config.wilayah.provinsi, config.wilayah.nasional]) {
    if (!result.empty && !regions.has(kode)) {
      log.error({
        file: 'data/config.yml',
        column: 'wilayah',
        value: kode,
        rule: 'kode-wilayah',
        message: `Kode ${kode} dari konfigurasi tidak ada di ${label}. Buat ulang dengan \`npm run wilayah -- --kode ${config.wilayah.kode}\`.`,
      });
    }
  }
  return regions;
}
