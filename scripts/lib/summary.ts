/**
 * The headline of one indicator for the root region (src/model/summary.ts): its latest realised value,
 * the target that goes with it, the years and levels that have data.
 *
 *   summarise(rows, '19.02', (kode) => regions.get(kode)?.level)
 *     -> { terakhir: { tahun: 2022, nilai: 53.42, status: 'diperdebatkan', … }, lain: [the 53.02 row],
 *          target: { tahun: 2022, nilai: 46.35, … }, tahun: [2010, 2026], level: ['kabupaten'], … }
 *
 * Only rows for "all" (no sex, age or category split) count as the headline. Among rows of the same
 * year, the first in the file is the headline and the others are returned in `lain`.
 */
import { LEVELS } from '../../src/model/region.ts';
import { isTotal, type PublishedRow } from '../../src/model/row.ts';
import type { Summary } from '../../src/model/summary.ts';
import { publishedFields } from './rows.ts';

const realised = (r: PublishedRow): boolean => r.jenis === 'realisasi' && r.nilai !== null;
const latestYear = (rows: readonly PublishedRow[]): number => rows.reduce((max, r) => Math.max(max, r.tahun), -Infinity);

export function summarise(rows: readonly PublishedRow[], rootCode: string, levelOf: (kode: string) => string | undefined): Summary {
  const inside = `${rootCode}.`;
  const root: PublishedRow[] = [];
  const levels = new Set<string>();
  let [min, max, adaData, lastKode] = [Infinity, -Infinity, false, '\u0000'];
  for (const r of rows) {
    if (r.tahun < min) min = r.tahun;
    if (r.tahun > max) max = r.tahun;
    if (r.kode !== lastKode) {
      lastKode = r.kode; // consecutive rows mostly share their area
      const level = levelOf(r.kode);
      if (level) levels.add(level);
    }
    if (r.kode === rootCode) root.push(r);
    if (!adaData && realised(r) && (r.kode === rootCode || r.kode.startsWith(inside))) adaData = true;
  }
  const totals = root.filter(isTotal);
  const realisedTotals = totals.filter(realised);
  const year = latestYear(realisedTotals);
  const sameYear = realisedTotals.filter((r) => r.tahun === year);
  const terakhir = sameYear[0] ?? null;
  const target = terakhir ? (totals.find((t) => t.jenis === 'target' && t.nilai !== null && t.tahun === terakhir.tahun) ?? null) : null;
  return {
    terakhir: terakhir && publishedFields(terakhir),
    ada_data: adaData,
    lain: sameYear.slice(1).map(publishedFields),
    menurut_jenis_kelamin: terakhir ? [] : latestBySex(root).map(publishedFields),
    target: target && publishedFields(target),
    tahun: rows.length ? [min, max] : null,
    level: LEVELS.filter((l) => levels.has(l)),
    jumlah_baris: rows.length,
  };
}

/** Where the root region has no total: its latest realised values split by sex only. */
function latestBySex(root: readonly PublishedRow[]): PublishedRow[] {
  const bySex = root.filter((r) => realised(r) && r.jenis_kelamin !== '' && r.kelompok_umur === '' && r.kategori === '');
  const year = latestYear(bySex);
  return bySex.filter((r) => r.tahun === year);
}
