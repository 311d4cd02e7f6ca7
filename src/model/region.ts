/**
 * A region of the tree in data/wilayah.csv, as the build reads it and the pages receive it.
 *
 *   { kode: '19.02.05', nama: 'Tanjungpandan', tingkat: 'kecamatan', level: 'kecamatan', induk: '19.02', … }
 *
 * `tingkat` is the administrative level as the file writes it (kota, kelurahan included); `level` is the
 * same folded to the five levels indicators are published at (kota -> kabupaten, kelurahan -> desa).
 */
export const TINGKAT = ['nasional', 'provinsi', 'kabupaten', 'kota', 'kecamatan', 'desa', 'kelurahan'] as const;
export type Tingkat = (typeof TINGKAT)[number];

/** The levels an indicator is published at, from the widest to the narrowest. */
export const LEVELS = ['nasional', 'provinsi', 'kabupaten', 'kecamatan', 'desa'] as const;
export type Level = (typeof LEVELS)[number];

/** The two levels a map colours. */
export type MapLevel = 'kecamatan' | 'desa';

export interface Region {
  kode: string;
  nama: string;
  tingkat: Tingkat;
  level: Level;
  induk: string | null;
  lat: number | null;
  lon: number | null;
  sumber: string;
  /** Codes of the regions directly below, in file order. */
  anak: string[];
}

/** levelOf('kelurahan') -> 'desa'; levelOf('kota') -> 'kabupaten'. */
export function levelOf(tingkat: Tingkat): Level {
  if (tingkat === 'kota') return 'kabupaten';
  if (tingkat === 'kelurahan') return 'desa';
  return tingkat;
}
