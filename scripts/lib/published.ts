/**
 * The shape of one value as the site and the downloads receive it: the validated row plus what the
 * pipeline derived (achievement against target, tier rank) and where it came from.
 *
 *   publish(row, { capaian: 115.25, tercapai: true, urutan: null }) -> { kode: '19.02', tahun: 2022, …, asal: 'data' }
 */
import type { ValueRow } from '../datasets/values.ts';

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

export function publish(row: ValueRow, derived: Pick<PublishedRow, 'capaian' | 'tercapai' | 'urutan'>): PublishedRow {
  return {
    kode: row.kode,
    tahun: row.tahun,
    jk: row.jk,
    ku: row.ku,
    kat: row.kat,
    jenis: row.jenis,
    nilai: row.nilai,
    status: row.status,
    sumber: row.sumber,
    lokasi: row.lokasi,
    catatan: row.catatan,
    capaian: derived.capaian,
    tercapai: derived.tercapai,
    urutan: derived.urutan,
    asal: 'data',
  };
}

/** Column order of a row in src/generated/values/<id>.json, where each row is an array to keep files small. */
export const ROW_COLUMNS = ['kode', 'tahun', 'jk', 'ku', 'kat', 'jenis', 'nilai', 'status', 'sumber', 'lokasi', 'catatan', 'capaian', 'tercapai', 'urutan', 'asal', 'rumus'] as const;

/** One row as a JSON array in ROW_COLUMNS order; `rumus` only where the value was computed. */
export function encodeRow(r: PublishedRow): string {
  const cells: unknown[] = [r.kode, r.tahun, r.jk, r.ku, r.kat, r.jenis, r.nilai, r.status, r.sumber, r.lokasi, r.catatan, r.capaian, r.tercapai, r.urutan, r.asal];
  if (r.rumus) cells.push(r.rumus);
  return JSON.stringify(cells);
}

/** The inverse of encodeRow, for readers of src/generated. */
export function decodeRows(file: { kolom: readonly string[]; baris: unknown[][] }): PublishedRow[] {
  return file.baris.map((cells) => {
    const row: Record<string, unknown> = {};
    file.kolom.forEach((name, i) => {
      if (i < cells.length) row[name] = cells[i];
    });
    return row as unknown as PublishedRow;
  });
}
