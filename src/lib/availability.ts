/**
 * What an indicator's rows hold, said in words, judged from every row (any level, breakdown or kind):
 * "data belum tersedia" only of what is truly missing, and then which years, which level, or that only
 * targets exist.
 *
 *   yearList([2020, 2021, 2022, 2024])        -> '2020–2022, 2024'
 *   missingText(anggaranPppa, 'id', 'Kabupaten Belitung')
 *     -> 'Hanya pagu indikatif (rencana) 2024–2026 yang tercatat; realisasinya belum tersedia.'
 *   missingText(desaLayakAnak, 'id', …)        -> null (there are values to show)
 */
import { t, type Locale } from './i18n.ts';
import type { CatalogIndicator } from './site-data.ts';

/**
 * When an indicator's data were last updated, from the data themselves: the latest date (`tanggal`) of a
 * source its rows cite, or of that source's parent document. Null where no cited source carries a date.
 *
 *   lastUpdated(['renstra-t4.1', 'kla-2025-votenews'], sources) -> '2025-08-08'
 */
export function lastUpdated(sourceIds: readonly string[], sources: Record<string, { tanggal?: string; induk?: string }>): string | null {
  const dates = sourceIds
    .map((id) => sources[id]?.tanggal ?? (sources[id]?.induk ? sources[sources[id]!.induk!]?.tanggal : undefined))
    .filter((d): d is string => d !== undefined && /^\d{4}/.test(d)); // "tidak tercantum" is no date
  return dates.length ? dates.sort().at(-1)! : null;
}

/**
 * When the next edition of a dataset is due: its last update plus the indicator's period — a year for
 * annual ("tahunan…"), six months for half-yearly ("semesteran…") —, and whether the release date has
 * passed it; null for other periods (per assessment, per election), which have no fixed rhythm.
 *   nextRelease('2023-04-11', 'tahunan', '2026-12-02') -> { date: '2024-04-11', late: true }
 */
export function nextRelease(updated: string, periode: string, today: string): { date: string; late: boolean } | null {
  const p = periode.trim().toLowerCase();
  const months = p.startsWith('tahunan') ? 12 : p.startsWith('semesteran') ? 6 : null;
  // A date or a month (a source that shows only its month counts from the 1st); a bare year is too vague.
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(updated);
  if (months === null || !m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1 + months, Number(m[3] ?? 1)));
  const date = d.toISOString().slice(0, 10);
  return { date, late: date < today };
}

/** Years as a short list of runs. */
export function yearList(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j === i ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/** The name of an indicator's target rows ("target", or "pagu indikatif (rencana)" for a budget). */
export function targetName(ind: CatalogIndicator, locale: Locale): string {
  return ind.sebutan_target?.[locale] ?? t(locale, 'ind.kind.target');
}

/**
 * Null when the region or a region inside it has a realised value; otherwise one sentence on what
 * exists and what is missing.
 */
export function missingText(ind: CatalogIndicator, locale: Locale, regionName: string): string | null {
  const a = ind.ringkasan.ketersediaan;
  if (a.realisasi.length > 0) return null;
  const parts: string[] = [];
  if (a.target.length > 0) parts.push(t(locale, 'avail.targets', { kind: targetName(ind, locale), years: yearList(a.target) }));
  if (a.kosong.length > 0) parts.push(t(locale, 'avail.recorded.missing', { region: regionName, years: yearList(a.kosong) }));
  if (a.pembanding.length > 0) parts.push(t(locale, 'avail.comparison', { region: regionName, years: yearList(a.pembanding) }));
  if (parts.length === 0) parts.push(t(locale, 'avail.none', { region: regionName }));
  return parts.join(' ');
}

/**
 * How the portal computes achievement for an indicator, in words: the formula by polarity, or why none;
 * and the years left out because value and target do not share a unit or definition.
 */
export function achievementFormula(ind: CatalogIndicator, locale: Locale): string {
  const rule =
    ind.tipe === 'ordinal'
      ? t(locale, 'achieve.tier')
      : ind.tipe === 'kategori' || ind.polaritas === 'netral'
        ? t(locale, 'achieve.none')
        : t(locale, ind.polaritas === 'naik' ? 'achieve.up' : 'achieve.down');
  const skipped = (ind.perbedaan ?? []).filter((d) => !d.sebanding).flatMap((d) => d.tahun);
  return skipped.length > 0 ? `${rule} ${t(locale, 'achieve.skipped', { years: yearList(skipped) })}` : rule;
}
