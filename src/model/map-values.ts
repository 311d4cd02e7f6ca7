/**
 * The format of a map layer, public/data/peta/nilai/<id>.json: per level, the area codes once and, per
 * year, one column of values and one of notes aligned with them. A national desa layer is then a few
 * numbers per desa and year instead of a keyed object per cell, small enough for a slow link.
 *
 *   { "keterangan": [["", "bps-2024", ""]],
 *     "kecamatan": { "kode": ["19.02.01", "19.02.02", "19.02.03"], "nilai": { "2024": [53.02, 49.5, null] }, "keterangan": { "2024": [0, 2, -1, 1] } },
 *     "desa": { "kode": [], "nilai": {}, "keterangan": {} } }
 *
 * `keterangan` at the top lists each distinct [status, source ids, detail]. A level's `keterangan` column gives,
 * area after area, which note goes with each value as pairs (note, how many areas in a row have it):
 * [0, 2, -1, 1] is note 0 for the first two areas, none (-1: no value that year) for the third. A null
 * in `nilai` with a note is a value missing on purpose (belum_tersedia, disembunyikan).
 */
import type { MapLevel } from './region.ts';

export type { MapLevel };
/** One area in one year as a map shows it: [value, status, source ids, detail ("jumlah/total" or "")]. */
export type MapCell = [number | string | null, string, string, string];
export type MapNote = [status: string, sumber: string, detail: string];

export interface MapLevelValues {
  kode: string[];
  nilai: Record<string, Array<number | string | null>>;
  keterangan: Record<string, number[]>;
}

export interface MapValues {
  keterangan: MapNote[];
  kecamatan: MapLevelValues;
  desa: MapLevelValues;
}

export const EMPTY_MAP_VALUES: MapValues = {
  keterangan: [],
  kecamatan: { kode: [], nilai: {}, keterangan: {} },
  desa: { kode: [], nilai: {}, keterangan: {} },
};

/**
 * The cells of one level and year by area code.
 *
 *   mapCells(values, 'kecamatan', 2024).get('19.02.01') -> [53.02, '', 'bps-2024', '']
 */
export function mapCells(values: MapValues | undefined, level: MapLevel, year: number): Map<string, MapCell> {
  const cells = new Map<string, MapCell>();
  const layer = values?.[level];
  const nilai = layer?.nilai[year];
  const keterangan = layer?.keterangan[year];
  if (!values || !layer || !nilai || !keterangan) return cells;
  let i = 0;
  for (let k = 0; k + 1 < keterangan.length; k += 2) {
    const note = values.keterangan[keterangan[k]!];
    for (const end = i + keterangan[k + 1]!; i < end && i < layer.kode.length; i++) {
      if (note) cells.set(layer.kode[i]!, [nilai[i] ?? null, note[0], note[1], note[2]]);
    }
  }
  return cells;
}

/** One entry of the map index (peta/indeks.json): which layers exist, at which levels and years. */
export interface MapIndexEntry {
  id: string;
  level: MapLevel[];
  tahun: number[];
  /** The sources the layer's values cite: the map page lists them without reading every layer. */
  sumber: string[];
}
