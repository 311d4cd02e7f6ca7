/**
 * data/wilayah.csv: the region tree (Kemendagri codes). One row per region, parents before children.
 *
 *   loadWilayah('data/wilayah.csv', config, log) -> Map { '19.02' => { kode, nama, tingkat, level: 'kabupaten', ... } }
 */
import { z } from 'zod';
import { levelOf, TINGKAT, type Region, type Tingkat } from '../../src/model/region.ts';
import type { Config } from '../../src/model/catalog.ts';
import { readCsv } from '../fast/csv-reader.ts';
import { checkLines } from '../lib/csv-lines.ts';
import type { IssueLog } from '../lib/issues.ts';

export const WILAYAH_COLUMNS = ['kode', 'nama', 'tingkat', 'kode_induk', 'lat', 'lon', 'sumber'] as const;

const KODE = /^(ID|\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?)$/;
const LAT = /^$|^-?\d{1,2}\.\d+$/;
const LON = /^$|^-?\d{1,3}\.\d+$/;
const TINGKAT_SET = new Set<string>(TINGKAT);

/** One row's rules, for the messages of a row that breaks them (cells arrive trimmed). */
export const WilayahRow = z.object({
  kode: z
    .string()
    .regex(KODE, 'Kode harus berbentuk kode Kemendagri: NN.NN (kabupaten/kota), NN.NN.NN (kecamatan) atau NN.NN.NN.NNNN (desa/kelurahan)'),
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
  let columns: string[] = [];
  const result = await readCsv(path, {
    onHeader(header) {
      columns = header;
      index = Object.fromEntries(header.map((h, i) => [h, i]));
      const missing = WILAYAH_COLUMNS.filter((c) => !(c in index));
      for (const column of missing) {
        const message = `Kolom wajib "${column}" tidak ada. Kolom yang diharapkan: ${WILAYAH_COLUMNS.join(', ')}.`;
        log.error({ file: label, row: 1, column, rule: 'kolom-hilang', message });
      }
      return missing.length === 0;
    },
    onRow(cells, row) {
      const r = Object.fromEntries(WILAYAH_COLUMNS.map((c) => [c, (cells[index[c]!] ?? '').trim()])) as WilayahCells;
      const problems = rowProblems(r, regions);
      for (const p of problems) log.error({ file: label, row, ...p });
      if (problems.length === 0) addRegion(regions, r);
    },
  });
  const message = 'Berkas wilayah kosong. Buat ulang dengan `npm run wilayah -- --kode <kode>`.';
  if (!result.empty) checkLines(result, columns, label, log);
  if (result.empty) log.error({ file: label, rule: 'berkas-kosong', message });
  else checkConfigured(regions, label, config, log);
  return regions;
}

/** What is wrong with a row: its cells (zod explains a row the plain rules refuse), a repeated code, a parent not yet listed. */
function rowProblems(
  r: WilayahCells,
  regions: ReadonlyMap<string, Region>,
): Array<{ column: string; value: string; rule: string; message: string }> {
  const parsed = passesWilayahRow(r) ? null : WilayahRow.safeParse(r);
  if (parsed && !parsed.success) {
    return parsed.error.issues.map((issue) => {
      const column = String(issue.path[0]) as keyof WilayahCells;
      return { column, value: r[column], rule: 'wilayah', message: issue.message };
    });
  }
  if (regions.has(r.kode)) {
    return [{ column: 'kode', value: r.kode, rule: 'kunci-ganda', message: 'Kode wilayah muncul dua kali. Hapus salah satu baris.' }];
  }
  if (r.kode_induk !== '' && !regions.has(r.kode_induk)) {
    const message = 'Kode induk belum ada di baris sebelumnya. Tulis wilayah induk di atas wilayah anaknya.';
    return [{ column: 'kode_induk', value: r.kode_induk, rule: 'kode-wilayah', message }];
  }
  return [];
}

function addRegion(regions: Map<string, Region>, r: WilayahCells): void {
  const tingkat = r.tingkat as Tingkat;
  const induk = r.kode_induk === '' ? null : r.kode_induk;
  const point = (text: string): number | null => (text === '' ? null : Number(text));
  regions.set(r.kode, {
    kode: r.kode,
    nama: r.nama,
    tingkat,
    level: levelOf(tingkat),
    induk,
    lat: point(r.lat),
    lon: point(r.lon),
    sumber: r.sumber,
    anak: [],
  });
  if (induk !== null) regions.get(induk)!.anak.push(r.kode);
}

/** The portal's own region, its province and the nation must be in the file. */
function checkConfigured(regions: ReadonlyMap<string, Region>, label: string, config: Config, log: IssueLog): void {
  for (const kode of [config.wilayah.kode, config.wilayah.provinsi, config.wilayah.nasional]) {
    if (regions.has(kode)) continue;
    const message = `Kode ${kode} dari konfigurasi tidak ada di ${label}. Buat ulang dengan \`npm run wilayah -- --kode ${config.wilayah.kode}\`.`;
    log.error({ file: 'data/config.yml', column: 'wilayah', value: kode, rule: 'kode-wilayah', message });
  }
}
