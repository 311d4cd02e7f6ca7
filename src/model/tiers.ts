/**
 * The tier scheme in force in a year.
 *
 *   tiersFor(apeScheme, 2019) -> [Pratama, Madya, Utama, Mentor]
 *   tiersFor(apeScheme, 2023) -> [Pratama, Madya, Nindya, Utama, Mentor]
 *   tiersFor(apeScheme, 2021) -> null (no scheme: an award in that year cannot be placed)
 */
import type { Scheme, Tier } from './catalog.ts';

export function tiersFor(scheme: Scheme, year: number): readonly Tier[] | null {
  const period = scheme.berlaku.find((p) => year >= p.dari && (p.sampai === undefined || year <= p.sampai));
  return period ? period.peringkat : null;
}

/** Position of a tier in its year's scheme, 1-based (Pratama = 1); null where the tier or scheme is unknown. */
export function tierRank(scheme: Scheme, year: number, code: string): number | null {
  const tiers = tiersFor(scheme, year);
  const i = tiers ? tiers.findIndex((t) => t.kode === code) : -1;
  return i < 0 ? null : i + 1;
}
