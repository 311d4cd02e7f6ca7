/**
 * The headline of one indicator for the root region: its latest realised value, the target that goes
 * with it, the years and levels that have data.
 *
 *   summarise(rows, '19.02') -> { terakhir: { tahun: 2022, nilai: 53.42, status: 'diperdebatkan', … },
 *                                 lain: [the 53.02 row], target: { tahun: 2022, nilai: 46.35 }, tahun: [2010, 2026], … }
 *
 * Only rows for "all" (no sex, age or category split) count as the headline. Among disputed rows of the
 * same year, the first in the file is the headline and the others are returned in `lain`.
 */
import type { PublishedRow } from './published.ts';

export interface Summary {
  terakhir: PublishedRow | null;
  /** True when any realised value exists for the root region or a region inside it. */
  ada_data: boolean;
  lain: PublishedRow[];
  /** Where the root region has no total, its latest values split by sex only (L and P). */
  menurut_jk: PublishedRow[];
  target: PublishedRow | null;
  tahun: [number, number] | null;
  level: string[];
  jumlah_baris: number;
}

const isTotal = (r: PublishedRow): boolean => r.jk === '' && r.ku === '' && r.kat === '';

export function summarise(rows: readonly PublishedRow[], rootCode: string, levelOf: (kode: string) => string | undefined): Summary {
  const root = rows.filter((r) => r.kode === rootCode && isTotal(r));
  const realised = root.filter((r) => r.jenis === 'realisasi' && r.nilai !== null);
  const latestYear = realised.reduce((max, r) => Math.max(max, r.tahun), -Infinity);
  const sameYear = realised.filter((r) => r.tahun === latestYear);
  const terakhir = sameYear[0] ?? null;
  const targets = root.filter((r) => r.jenis === 'target' && r.nilai !== null);
  const target = terakhir ? (targets.find((t) => t.tahun === terakhir.tahun) ?? null) : null;
  let min = Infinity;
  let max = -Infinity;
  for (const r of rows) {
    if (r.tahun < min) min = r.tahun;
    if (r.tahun > max) max = r.tahun;
  }
  const levels = [...new Set(rows.map((r) => levelOf(r.kode)).filter((l): l is string => Boolean(l)))];
  let menurut_jk: PublishedRow[] = [];
  if (!terakhir) {
    const bySex = rows.filter((r) => r.kode === rootCode && r.jenis === 'realisasi' && r.nilai !== null && r.jk !== '' && r.ku === '' && r.kat === '');
    const year = bySex.reduce((m, r) => Math.max(m, r.tahun), -Infinity);
    menurut_jk = bySex.filter((r) => r.tahun === year);
  }
  const inside = `${rootCode}.`;
  const ada_data = rows.some((r) => r.jenis === 'realisasi' && r.nilai !== null && (r.kode === rootCode || r.kode.startsWith(inside)));
  return {
    terakhir,
    ada_data,
    lain: sameYear.slice(1),
    menurut_jk,
    target,
    tahun: rows.length ? [min, max] : null,
    level: ['nasional', 'provinsi', 'kabupaten', 'kecamatan', 'desa'].filter((l) => levels.includes(l)),
    jumlah_baris: rows.length,
  };
}
