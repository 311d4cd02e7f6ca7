/**
 * The headline of one indicator for the portal's own region, as the build writes it into
 * src/generated/catalog.json beside the indicator (`ringkasan`), and what its rows hold at all
 * (`ketersediaan`), judged from every row: any level, any breakdown, realised or target.
 *
 *   { terakhir: { tahun: 2022, nilai: 53.42, status: 'diperdebatkan', … }, lain: [the 53.02 row],
 *     target: { tahun: 2022, nilai: 46.35, … }, tahun: [2010, 2026], level: ['kabupaten'],
 *     ketersediaan: { realisasi: [2010, …, 2022], target: [2022, …, 2026], kosong: [2023], level: ['kabupaten'], pembanding: false }, … }
 */
import type { Level } from './region.ts';
import type { PublishedRow } from './row.ts';

export interface Availability {
  /** Years with a realised value for the root region or a region inside it (any breakdown). */
  realisasi: number[];
  /** Years with a target value for the root region or a region inside it. */
  target: number[];
  /** Years with rows but no realised value, where a row records the value as missing (belum_tersedia). */
  kosong: number[];
  /** Levels (inside the root) with a realised value. */
  level: Level[];
  /** Years with a realised value for a region outside the root (the province, the nation). */
  pembanding: number[];
}

/** For a status indicator (tipe kategori): how many units of the finest level hold each status in the latest year. */
export interface Spread {
  tahun: number;
  level: Level;
  jumlah: Record<string, number>;
  total: number;
}

export interface Summary {
  /** The latest realised "all" value of the root region; the first row of its year in the file. */
  terakhir: PublishedRow | null;
  /** True when any realised value exists for the root region or a region inside it. */
  ada_data: boolean;
  /** The other rows of the same year (disputed alternatives). */
  lain: PublishedRow[];
  /**
   * Where the root region has no total: its latest realised values split by one breakdown
   * (sex, else category, else age group), all of one year.
   */
  rincian: PublishedRow[];
  /** Status indicators: the spread of statuses over the units of the latest year. */
  sebaran: Spread | null;
  target: PublishedRow | null;
  tahun: [number, number] | null;
  level: string[];
  jumlah_baris: number;
  ketersediaan: Availability;
}
