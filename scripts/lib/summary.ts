/**
 * The headline of one indicator for the root region (src/model/summary.ts): its latest realised value,
 * the target that goes with it, the years and levels that have data, and what the rows hold at all.
 *
 *   summarise(rows, '19.02', (kode) => regions.get(kode)?.level)
 *     -> { terakhir: { tahun: 2022, nilai: 53.42, status: 'diperdebatkan', … }, lain: [the 53.02 row],
 *          target: { tahun: 2022, nilai: 46.35, … }, tahun: [2010, 2026], level: ['kabupaten'],
 *          ketersediaan: { realisasi: [2010, …], target: [2022, …], kosong: [2023], … }, … }
 *
 * Only rows for "all" (no sex, age or category split) count as the headline. Among rows of the same
 * year of the main series, the first in the file is the headline and the others are returned in `lain`.
 */
import { LEVELS, type Level } from '../../src/model/region.ts';
import { isTotal, mainSeries, type PublishedRow } from '../../src/model/row.ts';
import type { Availability, Spread, Summary } from '../../src/model/summary.ts';
import { publishedFields } from './rows.ts';

const realised = (r: PublishedRow): boolean => r.jenis === 'realisasi' && r.nilai !== null;
const latestYear = (rows: readonly PublishedRow[]): number => rows.reduce((max, r) => Math.max(max, r.tahun), -Infinity);
const sorted = (years: Set<number>): number[] => [...years].sort((a, b) => a - b);

export function summarise(rows: readonly PublishedRow[], rootCode: string, levelOf: (kode: string) => string | undefined): Summary {
  const { root, levels, seen, realisedLevels, min, max } = scan(rows, rootCode, levelOf);
  const { terakhir, sameYear, target } = headline(root);
  const ketersediaan: Availability = {
    realisasi: sorted(seen.realisasi),
    target: sorted(seen.target),
    kosong: sorted(seen.kosong),
    level: LEVELS.filter((l) => realisedLevels.has(l)),
    pembanding: sorted(seen.pembanding),
  };
  return {
    terakhir: terakhir && publishedFields(terakhir),
    ada_data: ketersediaan.realisasi.length > 0,
    lain: sameYear.slice(1).map(publishedFields),
    rincian: terakhir ? [] : latestSplit(root).map(publishedFields),
    sebaran: spread(rows, rootCode, levelOf),
    target: target && publishedFields(target),
    tahun: rows.length ? [min, max] : null,
    level: LEVELS.filter((l) => levels.has(l)),
    jumlah_baris: rows.length,
    ketersediaan,
  };
}

/**
 * One pass over the rows: the root region's rows, the levels present, the years with realised values,
 * targets, values not yet available (inside the region) and comparison values (outside it), the year range.
 */
function scan(rows: readonly PublishedRow[], rootCode: string, levelOf: (kode: string) => string | undefined) {
  const inside = `${rootCode}.`;
  const root: PublishedRow[] = [];
  const levels = new Set<string>();
  const seen = { realisasi: new Set<number>(), target: new Set<number>(), kosong: new Set<number>(), pembanding: new Set<number>() };
  const realisedLevels = new Set<string>();
  let [min, max, lastKode, lastLevel, lastInside] = [Infinity, -Infinity, '\u0000', undefined as string | undefined, false];
  for (const r of rows) {
    if (r.tahun < min) min = r.tahun;
    if (r.tahun > max) max = r.tahun;
    if (r.kode !== lastKode) {
      lastKode = r.kode; // consecutive rows mostly share their area
      lastLevel = levelOf(r.kode);
      lastInside = r.kode === rootCode || r.kode.startsWith(inside);
      if (lastLevel) levels.add(lastLevel);
    }
    if (r.kode === rootCode) root.push(r);
    if (r.nilai === null) {
      if (r.status === 'belum_tersedia' && lastInside) seen.kosong.add(r.tahun);
    } else if (!lastInside) {
      if (r.jenis === 'realisasi') seen.pembanding.add(r.tahun);
    } else if (r.jenis === 'realisasi') {
      seen.realisasi.add(r.tahun);
      if (lastLevel) realisedLevels.add(lastLevel);
    } else seen.target.add(r.tahun);
  }
  for (const y of seen.realisasi) seen.kosong.delete(y);
  return { root, levels, seen, realisedLevels, min, max };
}

/**
 * The root region's latest realised total, the others of that year, and its target. The headline is of
 * the main series: values of another series (method, recording system, survey period) are no dispute of it.
 */
function headline(root: readonly PublishedRow[]) {
  const totals = root.filter(isTotal);
  const realisedTotals = mainSeries(totals.filter(realised));
  const year = latestYear(realisedTotals);
  const sameYear = realisedTotals.filter((r) => r.tahun === year);
  const terakhir = sameYear[0] ?? null;
  const target = terakhir
    ? (totals.find((t) => t.jenis === 'target' && t.nilai !== null && t.tahun === terakhir.tahun && t.seri === terakhir.seri) ?? null)
    : null;
  return { terakhir, sameYear, target };
}

/** Where the root region has no total: its latest realised values split by sex, else category, else age group. */
function latestSplit(root: readonly PublishedRow[]): PublishedRow[] {
  const only = (r: PublishedRow, field: 'jenis_kelamin' | 'kategori' | 'kelompok_umur') =>
    realised(r) && r[field] !== '' && (['jenis_kelamin', 'kategori', 'kelompok_umur'] as const).every((f) => f === field || r[f] === '');
  for (const field of ['jenis_kelamin', 'kategori', 'kelompok_umur'] as const) {
    const split = root.filter((r) => only(r, field));
    if (split.length === 0) continue;
    const year = latestYear(split);
    return split.filter((r) => r.tahun === year);
  }
  return [];
}

/**
 * Statuses (text values) of the units of the finest level inside the root, in the latest year that has
 * any: { tahun: 2022, level: 'desa', jumlah: { 'Layak Anak': 22, 'Belum tercatat': 27 }, total: 49 }.
 * Only the first row of a unit and year counts, as in every other view.
 */
function spread(rows: readonly PublishedRow[], rootCode: string, levelOf: (kode: string) => string | undefined): Spread | null {
  const statuses = rows.filter(
    (r) => r.jenis === 'realisasi' && typeof r.nilai === 'string' && isTotal(r) && r.kode.startsWith(`${rootCode}.`),
  );
  if (statuses.length === 0) return null;
  const finest = LEVELS.filter((l) => statuses.some((r) => levelOf(r.kode) === l)).at(-1) as Level;
  const atLevel = statuses.filter((r) => levelOf(r.kode) === finest);
  const year = latestYear(atLevel);
  const jumlah: Record<string, number> = {};
  const counted = new Set<string>();
  for (const r of atLevel) {
    if (r.tahun !== year || counted.has(r.kode)) continue;
    counted.add(r.kode);
    jumlah[r.nilai as string] = (jumlah[r.nilai as string] ?? 0) + 1;
  }
  return { tahun: year, level: finest, jumlah, total: counted.size };
}
