/**
 * The shape of one value as the site and the downloads receive it: the validated row plus what the
 * pipeline derived (achievement against target, tier rank) and where it came from.
 *
 *   publish(row, { capaian: 115.25, tercapai: true, urutan: null }) -> the same row with those fields set
 */

export interface PublishedRow {
  kode: string;
  tahun: number;
  jk: string;
  ku: string;
  kat: string;
  jenis: 'realisasi' | 'target';
  nilai: number | string | null;
  status: string;
  sumber: string;
  lokasi: string;
  catatan: string;
  /** Achievement against the target of the same year and cell, in percent; null where it does not apply. */
  capaian: number | null;
  tercapai: boolean | null;
  /** Rank of the tier in its year's scheme (1 = lowest) for ordinal indicators. */
  urutan: number | null;
  /** 'data' for a value from data/values, 'dihitung' for one the pipeline computed from other values. */
  asal: 'data' | 'dihitung';
  /** For computed values: the numerator and denominator they were computed from. */
  rumus?: { pembilang: number | null; penyebut: number; rincian: unknown[] } | { jumlah: number; total: number };
}

/** Fills the derived fields of a validated row in place (rows are the pipeline's own; copying a million costs). */
export function publish<R extends PublishedRow>(row: R, derived: Pick<PublishedRow, 'capaian' | 'tercapai' | 'urutan'>): R {
  row.capaian = derived.capaian;
  row.tercapai = derived.tercapai;
  row.urutan = derived.urutan;
  return row;
}

/** Column order of a row in src/generated/values/<id>.json, where each row is an array to keep files small. */
export const ROW_COLUMNS = ['kode', 'tahun', 'jk', 'ku', 'kat', 'jenis', 'nilai', 'status', 'sumber', 'lokasi', 'catatan', 'capaian', 'tercapai', 'urutan', 'asal', 'rumus'] as const;

/** Rows of src/generated/values/<id>.json as objects (the writer is RowEncoder in scripts/stages/publish.ts). */
export function decodeRows(file: { kolom: readonly string[]; baris: unknown[][] }): PublishedRow[] {
  return file.baris.map((cells) => {
    const row: Record<string, unknown> = {};
    file.kolom.forEach((name, i) => {
      if (i < cells.length) row[name] = cells[i];
    });
    return row as unknown as PublishedRow;
  });
}
