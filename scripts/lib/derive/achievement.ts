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
export interface Achievement {
  persen: number | null;
  tercapai: boolean | null;
}

export function achievement(realisasi: number, target: number, polaritas: 'naik' | 'turun' | 'netral'): Achievement {
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
