/**
 * One published value: a row of data/values/<id>.csv after validation, plus what the build derived
 * (achievement against target, tier rank, origin). src/generated/values/<id>.json is a plain array of
 * these; the CSV download writes the same rows in DOWNLOAD_COLUMNS.
 *
 *   { kode: '19.02', tahun: 2022, jenis_kelamin: '', kelompok_umur: '', kategori: '', seri: '', jenis: 'realisasi',
 *     nilai: 53.42, status: 'diperdebatkan', sumber: 'renstra-t4.1', lokasi: 'baris 8914', catatan: '…',
 *     capaian: 115.25, tercapai: true, urutan: null, asal: 'data' }
 */

/**
 * belum_tersedia: missing on record; disembunyikan: hidden to protect victims; diperdebatkan: sources
 * disagree; sementara: provisional (part of a year); digantikan: an earlier version of a plan, superseded
 * by a later document (kept for the record, never drawn or compared).
 */
export const STATUSES = ['belum_tersedia', 'disembunyikan', 'diperdebatkan', 'sementara', 'digantikan'] as const;
export type Status = (typeof STATUSES)[number] | '';

export interface PublishedRow {
  /** Region code (kode_wilayah in the files). */
  kode: string;
  tahun: number;
  /** '' (all), 'L' or 'P'. */
  jenis_kelamin: string;
  /** '' (all ages) or a range such as '0-17' or '60+'. */
  kelompok_umur: string;
  /** '' or one of the indicator's category codes. */
  kategori: string;
  /**
   * '' (the indicator's main series) or one of its series codes: a method, a recording system or a
   * survey period whose values are never joined to another series' by a line, nor disputed by them.
   */
  seri: string;
  jenis: 'realisasi' | 'target';
  /** A number, a tier code for ordinal indicators, or null where the value is missing or hidden. */
  nilai: number | string | null;
  status: Status;
  /** Source ids from data/sources.yml, separated by spaces. */
  sumber: string;
  lokasi: string;
  catatan: string;
  /** Achievement against the target of the same cell, in percent; null where it does not apply. */
  capaian: number | null;
  /** The achievement ratio the source itself prints, in percent (column capaian_sumber); null where it prints none. */
  capaian_sumber: number | null;
  tercapai: boolean | null;
  /** Rank of the tier in its year's scheme (1 = lowest) for ordinal indicators. */
  urutan: number | null;
  /** 'data' for a value from data/, 'dihitung' for one the build computed from other values. */
  asal: 'data' | 'dihitung';
  /** For computed values: what they were computed from. */
  rumus?: { pembilang: number | null; penyebut: number; rincian: unknown[] } | { jumlah: number; total: number };
}

/** The fields of a published row in their order (`rumus` follows where a value was computed). */
export const PUBLISHED_FIELDS = [
  'kode',
  'tahun',
  'jenis_kelamin',
  'kelompok_umur',
  'kategori',
  'seri',
  'jenis',
  'nilai',
  'status',
  'sumber',
  'lokasi',
  'catatan',
  'capaian',
  'capaian_sumber',
  'tercapai',
  'urutan',
  'asal',
] as const satisfies ReadonlyArray<keyof PublishedRow>;

/** A value for "all": no split by sex, age group or category. */
export const isTotal = (r: Pick<PublishedRow, 'jenis_kelamin' | 'kelompok_umur' | 'kategori'>): boolean =>
  r.jenis_kelamin === '' && r.kelompok_umur === '' && r.kategori === '';

/**
 * The rows of one series, for what shows a single line or a single latest value (a sparkline, a headline,
 * a region's figure): the main series where it has rows, else the first series named.
 *
 *   mainSeries([{ seri: 'dp3acskb', … }, { seri: '', … }]) -> [the '' row]
 */
export function mainSeries<T extends Pick<PublishedRow, 'seri'>>(rows: readonly T[]): T[] {
  const seri = mainSeriesCode(rows);
  return rows.filter((r) => r.seri === seri);
}

/** The code of that series: '' (the main one) where it has rows, else the first named; undefined without rows. */
export function mainSeriesCode(rows: readonly Pick<PublishedRow, 'seri'>[]): string | undefined {
  return rows.some((r) => r.seri === '') ? '' : rows[0]?.seri;
}

/** The cell a value belongs to: area, year, breakdown and series (a target and its realisation share it). */
export const cellKey = (r: PublishedRow): string => `${r.kode}|${r.tahun}|${r.jenis_kelamin}|${r.kelompok_umur}|${r.kategori}|${r.seri}`;

/** The columns of every CSV download of values, in order. */
export const DOWNLOAD_COLUMNS = [
  'indikator',
  'kode_wilayah',
  'nama_wilayah',
  'tingkat',
  'tahun',
  'jenis_kelamin',
  'kelompok_umur',
  'kategori',
  'seri',
  'jenis',
  'nilai',
  'satuan',
  'status',
  'asal',
  'capaian_persen',
  'capaian_sumber_persen',
  'tercapai',
  'sumber',
  'lokasi',
  'catatan',
] as const;

/** What a download line needs besides the row: the indicator, the area's name and level, the unit, the hidden label. */
export interface DownloadContext {
  indicator: string;
  nama: string;
  tingkat: string;
  satuan: string;
  /** What stands in place of a hidden count, e.g. '<10'. */
  hidden: string;
}

/**
 * A row's cells in DOWNLOAD_COLUMNS order, numbers unformatted.
 *
 *   downloadCells(row, { indicator: 'idg', nama: 'Belitung', tingkat: 'kabupaten', satuan: 'indeks', hidden: '<10' })
 *     -> ['idg', '19.02', 'Belitung', 'kabupaten', 2022, '', '', '', '', 'realisasi', 53.42, 'indeks', 'diperdebatkan', 'data', 115.25, 'ya', …]
 */
export function downloadCells(r: PublishedRow, c: DownloadContext): Array<string | number | null> {
  const tercapai = r.tercapai === null ? '' : r.tercapai ? 'ya' : 'tidak';
  const nilai = r.status === 'disembunyikan' ? c.hidden : r.nilai;
  return [
    c.indicator,
    r.kode,
    c.nama,
    c.tingkat,
    r.tahun,
    r.jenis_kelamin,
    r.kelompok_umur,
    r.kategori,
    r.seri,
    r.jenis,
    nilai,
    c.satuan,
    r.status,
    r.asal,
    r.capaian,
    r.capaian_sumber,
    tercapai,
    r.sumber,
    r.lokasi,
    r.catatan,
  ];
}
