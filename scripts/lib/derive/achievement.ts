/**
 * Achievement of a realisation against its target, honouring polarity.
 *
 *   achievement(53.42, 46.35, 'naik')  -> { persen: 115.25…, tercapai: true }
 *   achievement(2.64, 3.20, 'turun')   -> { persen: 117.5, tercapai: true }    // (2t − r) ÷ t × 100
 *   achievement(5, 5, 'netral')        -> { persen: null, tercapai: null }
 *
 * For "lower is better" the Indonesian performance-report convention (2 × target − realisation) ÷ target
 * is used, so 100 still means "exactly on target" and more is better in both directions.
 */
import type { Scheme } from '../../../src/model/catalog.ts';
import { cellKey, type PublishedRow } from '../../../src/model/row.ts';
import { tierRank } from '../../../src/model/tiers.ts';

type Polarity = 'naik' | 'turun' | 'netral';
export interface Achievement {
  persen: number | null;
  tercapai: boolean | null;
}

export function achievement(realisasi: number, target: number, polaritas: Polarity): Achievement {
  if (polaritas === 'netral') return { persen: null, tercapai: null };
  const tercapai = polaritas === 'naik' ? realisasi >= target : realisasi <= target;
  if (target === 0) return { persen: null, tercapai };
  const ratio = polaritas === 'naik' ? realisasi / target : (2 * target - realisasi) / target;
  return { persen: round(ratio * 100, 2), tercapai };
}

/** Ordinal achievement: a tier at or above the target tier meets it. */
export function tierAchievement(realisedRank: number, targetRank: number): Achievement {
  return { persen: null, tercapai: realisedRank >= targetRank };
}

export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/**
 * Sets achievement and tier rank on an indicator's rows, in place: each realised value against the
 * target of its own cell (area, year, breakdown; the first target row of the cell wins), numbers by
 * polarity, tiers by rank in the year's scheme. The one place the build computes achievement.
 * Years in `incomparable` (values that share no unit or definition with their target) get none.
 *
 *   applyAchievement([realised 53.42, target 46.35 (same cell)], { polaritas: 'naik' }, undefined)
 *     -> the realised row gets capaian 115.25, tercapai true
 */
export function applyAchievement(
  rows: readonly PublishedRow[],
  polaritas: Polarity,
  scheme: Scheme | undefined,
  incomparable: ReadonlySet<number> = new Set(),
): void {
  const rank = (year: number, code: string): number | null => (scheme ? tierRank(scheme, year, code) : null);
  const targets = new Map<string, PublishedRow>();
  for (const r of rows)
    if (r.jenis === 'target' && r.nilai !== null && r.status !== 'digantikan' && !targets.has(cellKey(r))) targets.set(cellKey(r), r);
  for (const r of rows) {
    r.urutan = scheme && typeof r.nilai === 'string' ? rank(r.tahun, r.nilai) : null;
    const comparable = r.jenis === 'realisasi' && r.nilai !== null && !incomparable.has(r.tahun);
    const target = targets.size > 0 && comparable ? targets.get(cellKey(r)) : undefined;
    const result = target ? against(r, target, polaritas, rank) : null;
    r.capaian = result?.persen ?? null;
    r.tercapai = result?.tercapai ?? null;
  }
}

function against(
  r: PublishedRow,
  target: PublishedRow,
  polaritas: Polarity,
  rank: (year: number, code: string) => number | null,
): Achievement | null {
  if (typeof r.nilai === 'number' && typeof target.nilai === 'number') return achievement(r.nilai, target.nilai, polaritas);
  if (typeof r.nilai !== 'string' || typeof target.nilai !== 'string') return null;
  const mine = rank(r.tahun, r.nilai);
  const wanted = rank(target.tahun, target.nilai);
  return mine === null || wanted === null ? null : tierAchievement(mine, wanted);
}
