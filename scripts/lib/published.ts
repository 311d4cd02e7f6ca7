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
