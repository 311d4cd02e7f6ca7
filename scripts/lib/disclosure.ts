/**
 * Disclosure control for violence figures: the one function every published violence count passes through.
 *
 *   protectCounts(rows, { threshold: 10, rootCode: '19.02', regions })
 *   -> rows where a count of 1–9 in a kecamatan cell, or in a kabupaten cell split by more than one
 *      disaggregation, becomes { nilai: null, status: 'disembunyikan' } (published as "<10").
 *
 * A kabupaten total of one year, and a kabupaten figure split one way (women / children), stay as they are:
 * the Renstra itself publishes them. Zero stays 0 only because the source states it.
 */
import type { ValueRow } from './rows.ts';
import type { Region } from '../../src/model/region.ts';

export interface DisclosureRule {
  threshold: number;
  rootCode: string;
  regions: ReadonlyMap<string, Region>;
}

export function isProtectedCell(row: ValueRow, rule: DisclosureRule): boolean {
  if (typeof row.nilai !== 'number' || row.nilai <= 0 || row.nilai >= rule.threshold) return false;
  const level = rule.regions.get(row.kode)?.level;
  const belowRoot = row.kode !== rule.rootCode && (level === 'kecamatan' || level === 'desa');
  const splits = (row.jenis_kelamin ? 1 : 0) + (row.kelompok_umur ? 1 : 0) + (row.kategori ? 1 : 0);
  return belowRoot || splits > 1;
}

export function protectCounts(rows: readonly ValueRow[], rule: DisclosureRule): ValueRow[] {
  return rows.map((row) => (isProtectedCell(row, rule) ? { ...row, nilai: null, status: 'disembunyikan' } : row));
}
