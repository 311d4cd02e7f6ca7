/**
 * The headline of one indicator for the portal's own region, as the build writes it into
 * src/generated/catalog.json beside the indicator (`ringkasan`).
 *
 *   { terakhir: { tahun: 2022, nilai: 53.42, status: 'diperdebatkan', … }, lain: [the 53.02 row],
 *     target: { tahun: 2022, nilai: 46.35, … }, tahun: [2010, 2026], level: ['kabupaten'], … }
 */
import type { PublishedRow } from './row.ts';

export interface Summary {
  /** The latest realised "all" value of the root region; the first row of its year in the file. */
  terakhir: PublishedRow | null;
  /** True when any realised value exists for the root region or a region inside it. */
  ada_data: boolean;
  /** The other rows of the same year (disputed alternatives). */
  lain: PublishedRow[];
  /** Where the root region has no total, its latest values split by sex only (L and P). */
  menurut_jenis_kelamin: PublishedRow[];
  target: PublishedRow | null;
  tahun: [number, number] | null;
  level: string[];
  jumlah_baris: number;
}
