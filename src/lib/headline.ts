/**
 * What a person reads about one indicator's latest value: the formatted value, the status words and
 * the source line. Pure: the page only lays it out.
 *
 *   headline(idgEntry, 'id', sources, schemes) -> { value: '53,42', also: '53,02', year: 2022, statusKeys: ['status.diperdebatkan', 'target.met'], … }
 */
import { formatNumber } from './format.ts';
import { t, type Locale, type MessageKey } from './i18n.ts';
import type { CatalogIndicator, PublishedRow, SiteSource } from './site-data.ts';
import type { Scheme } from '../model/catalog.ts';

export interface Headline {
  value: string | null;
  also: string[];
  year: number | null;
  statusKeys: MessageKey[];
  source: { title: string; location: string; url?: string } | null;
}

/** A number in the locale's format, or a tier's name in the locale (tier codes are the Indonesian names). */
export function formatValue(row: PublishedRow, ind: CatalogIndicator, locale: Locale, schemes: Record<string, Scheme>): string | null {
  if (row.nilai === null) return null;
  if (typeof row.nilai === 'number') return formatNumber(row.nilai, locale, ind.desimal);
  const scheme = ind.skema ? schemes[ind.skema] : undefined;
  const tier = scheme?.berlaku.flatMap((p) => p.peringkat).find((tr) => tr.kode === row.nilai);
  return tier ? tier.nama[locale] : row.nilai;
}

export function headline(
  ind: CatalogIndicator,
  locale: Locale,
  sources: Record<string, SiteSource>,
  schemes: Record<string, Scheme>,
): Headline {
  const bySex = ind.ringkasan.menurut_jenis_kelamin;
  const latest = ind.ringkasan.terakhir ?? bySex[0] ?? null;
  if (!latest) return { value: null, also: [], year: null, statusKeys: ['status.belum_tersedia'], source: null };
  const value = ind.ringkasan.terakhir
    ? formatValue(latest, ind, locale, schemes)
    : bySex.map((r) => `${t(locale, r.jenis_kelamin === 'L' ? 'sex.L' : 'sex.P')} ${formatValue(r, ind, locale, schemes)}`).join(' · ');
  const statusKeys: MessageKey[] = [];
  if (latest.status === 'diperdebatkan' || latest.status === 'sementara') statusKeys.push(`status.${latest.status}`);
  if (latest.tercapai === true) statusKeys.push(latest.capaian === 100 ? 'target.exact' : 'target.met');
  else if (latest.tercapai === false) statusKeys.push('target.unmet');
  const firstSource = latest.sumber.split(' ')[0] ?? '';
  const src = sources[firstSource];
  return {
    value,
    also: ind.ringkasan.lain.map((r) => formatValue(r, ind, locale, schemes)).filter((v): v is string => v !== null),
    year: latest.tahun,
    statusKeys,
    source: src ? { title: src.judul_singkat, location: latest.lokasi, ...(src.url ? { url: src.url } : {}) } : null,
  };
}
