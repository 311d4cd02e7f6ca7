/**
 * The format of a map layer, public/data/peta/nilai/<id>.json: per level, the area codes once and, per
 * year, one column of values and one of notes aligned with them. A national desa layer is then a few
 * numbers per desa and year instead of a keyed object per cell, small enough for a slow link.
 *
 *   { "teks": [["", "bps-2024", ""]],
 *     "kecamatan": { "kode": ["19.02.01", "19.02.02", "19.02.03"], "nilai": { "2024": [53.02, 49.5, null] }, "teks": { "2024": [0, 2, -1, 1] } },
 *     "desa": { "kode": [], "nilai": {}, "teks": {} } }
 *
 * `teks` at the top lists each distinct [status, source ids, detail]. A level's `teks` column gives,
 * area after area, which note goes with each value as pairs (note, how many areas in a row have it):
 * [0, 2, -1, 1] is note 0 for the first two areas, none (-1: no value that year) for the third. A null
 * in `nilai` with a note is a value missing on purpose (belum_tersedia, disembunyikan).
 */
export type MapLevel = 'kecamatan' | 'desa';
/** One area in one year as a map shows it: [value, status, source ids, detail ("jumlah/total" or "")]. */
export type MapCell = [number | string | null, string, string, string];
export type MapNote = [status: string, sumber: string, detail: string];

export interface MapLevelValues {
  kode: string[];
  nilai: Record<string, Array<number | string | null>>;
  teks: Record<string, number[]>;
}

export interface MapValues {
  teks: MapNote[];
  kecamatan: MapLevelValues;
  desa: MapLevelValues;
}

export const EMPTY_MAP_VALUES: MapValues = { teks: [], kecamatan: { kode: [], nilai: {}, teks: {} }, desa: { kode: [], nilai: {}, teks: {} } };

/**
 * The cells of one level and year by area code.
 *
 *   mapCells(values, 'kecamatan', 2024).get('19.02.01') -> [53.02, '', 'bps-2024', '']
 */
export function mapCells(values: MapValues | undefined, level: MapLevel, year: number): Map<string, MapCell> {
  const cells = new Map<string, MapCell>();
  const layer = values?.[level];
  const nilai = layer?.nilai[year];
  const teks = layer?.teks[year];
  if (!values || !layer || !nilai || !teks) return cells;
  let i = 0;
  for (let k = 0; k + 1 < teks.length; k += 2) {
    const note = values.teks[teks[k]!];
    for (const end = i + teks[k + 1]!; i < end && i < layer.kode.length; i++) {
      if (note) cells.set(layer.kode[i]!, [nilai[i] ?? null, note[0], note[1], note[2]]);
    }
  }
  return cells;
}
