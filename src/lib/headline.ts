/**
 * What a person reads about one indicator's latest value: the formatted value, the status words, the
 * source line, why the value is disputed where it is, and what is missing where there is no value.
 * Pure: the page only lays it out.
 *
 *   headline(idg, 'id', sources, schemes, 'Kabupaten Belitung')
 *     -> { value: '53,42', also: ['53,02'], year: 2022, statusKeys: ['status.diperdebatkan', 'target.above'],
 *          dispute: 'Renstra mencetak dua angka untuk 2022. …', missing: null, … }
 */
import { missingText } from './availability.ts';
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
  /** One plain sentence on why the year's values differ, where they are disputed. */
  dispute: string | null;
  /** Where there is no value: what exists and what is missing. */
  missing: string | null;
}

/** A number in the locale's format, or a tier's name in the locale (tier codes are the Indonesian names). */
export function formatValue(row: PublishedRow, ind: CatalogIndicator, locale: Locale, schemes: Record<string, Scheme>): string | null {
  if (row.nilai === null) return null;
  if (typeof row.nilai === 'number') return formatNumber(row.nilai, locale, ind.desimal);
  const scheme = ind.skema ? schemes[ind.skema] : undefined;
  const tier = scheme?.berlaku.flatMap((p) => p.peringkat).find((tr) => tr.kode === row.nilai);
  return tier ? tier.nama[locale] : row.nilai;
}

/** The catalogue's sentence on why the values of a year disagree, in the locale. */
export function disputeReason(ind: CatalogIndicator, year: number, locale: Locale): string | null {
  return ind.perbedaan?.find((d) => d.tahun.includes(year))?.alasan[locale] ?? null;
}

/**
 * How a realised value stands against its target: above it, exactly on it, meeting it (an equal tier),
 * or short of it; null without a target or where they cannot be compared.
 */
export function achievementKey(r: PublishedRow, target: PublishedRow | null): MessageKey | null {
  if (r.tercapai === false) return 'target.unmet';
  if (r.tercapai !== true) return null;
  if (r.capaian !== null) return r.capaian === 100 ? 'target.exact' : 'target.above';
  return target && r.urutan !== null && target.urutan !== null && r.urutan > target.urutan ? 'target.above' : 'target.met';
}

/** A split value's label: "L", "Perempuan", "13–17 tahun". */
function splitName(r: PublishedRow, ind: CatalogIndicator, locale: Locale): string {
  if (r.jenis_kelamin) return t(locale, r.jenis_kelamin === 'L' ? 'sex.L' : 'sex.P');
  if (r.kategori) return ind.kategori?.find((k) => k.kode === r.kategori)?.nama[locale] ?? r.kategori;
  return t(locale, 'unit.years', { range: r.kelompok_umur });
}

export function headline(
  ind: CatalogIndicator,
  locale: Locale,
  sources: Record<string, SiteSource>,
  schemes: Record<string, Scheme>,
  regionName = '',
): Headline {
  const { terakhir, rincian, sebaran } = ind.ringkasan;
  const latest = terakhir ?? rincian[0] ?? null;
  const none = { also: [], statusKeys: [], source: null, dispute: null };
  if (!latest && sebaran) {
    const top = topTier(ind, schemes);
    const n = top ? (sebaran.jumlah[top.kode] ?? 0) : 0;
    const units = t(locale, sebaran.level === 'desa' ? 'avail.units.desa' : 'avail.units.kecamatan');
    const value = t(locale, 'avail.spread', { n, total: sebaran.total, units, status: top?.nama[locale] ?? '', year: sebaran.tahun });
    return { ...none, value, year: sebaran.tahun, missing: null };
  }
  if (!latest) return { ...none, value: null, year: null, missing: missingText(ind, locale, regionName) };
  const value = terakhir
    ? formatValue(terakhir, ind, locale, schemes)
    : rincian.map((r) => `${splitName(r, ind, locale)} ${formatValue(r, ind, locale, schemes)}`).join(' · ');
  const statusKeys: MessageKey[] = [];
  const disputed = terakhir ? terakhir.status === 'diperdebatkan' || ind.ringkasan.lain.some((r) => r.status === 'diperdebatkan') : false;
  if (disputed) statusKeys.push('status.diperdebatkan');
  if (latest.status === 'sementara') statusKeys.push('status.sementara');
  const achieved = terakhir ? achievementKey(terakhir, ind.ringkasan.target) : null;
  if (achieved) statusKeys.push(achieved);
  const firstSource = latest.sumber.split(' ')[0] ?? '';
  const src = sources[firstSource];
  if (knownFromNews(ind, latest, (id) => sources[id])) statusKeys.push('status.berita');
  return {
    value,
    also: [...new Set(ind.ringkasan.lain.map((r) => formatValue(r, ind, locale, schemes)))].filter(
      (v): v is string => v !== null && v !== value,
    ),
    year: latest.tahun,
    statusKeys,
    source: src ? { title: src.judul_singkat, location: latest.lokasi, ...(src.url ? { url: src.url } : {}) } : null,
    dispute: disputed ? disputeReason(ind, latest.tahun, locale) : null,
    missing: null,
  };
}

/** An awarded tier stands on a decree; one whose first source is a news page is provisional. */
export function knownFromNews(ind: CatalogIndicator, row: PublishedRow, sourceOf: (id: string) => SiteSource | undefined): boolean {
  return ind.tipe === 'ordinal' && sourceOf(row.sumber.split(' ')[0] ?? '')?.bentuk === 'situs';
}

/** The highest tier of a status indicator's latest scheme period ("Layak Anak"). */
export function topTier(ind: CatalogIndicator, schemes: Record<string, Scheme>) {
  const scheme = ind.skema ? schemes[ind.skema] : undefined;
  return scheme?.berlaku.at(-1)?.peringkat.at(-1);
}

/** Where the headline stands against its target ('Targetnya 46,35: melampaui target.'), or '' without one. */
export function targetSentence(ind: CatalogIndicator, h: Headline, locale: Locale, schemes: Record<string, Scheme>): string {
  const target = ind.ringkasan.target ? formatValue(ind.ringkasan.target, ind, locale, schemes) : null;
  const standing = h.statusKeys.find((k) => k.startsWith('target.'));
  return target && standing ? t(locale, 'card.sentence.target', { target, status: t(locale, standing) }) : '';
}

/**
 * The headline in plain words, under a card's title (which says what it is): where it stands, against
 * what target, from which source.
 *
 *   headlineSentence(idg, h, 'id', 'Kabupaten Belitung', schemes)
 *     -> 'Targetnya 46,35: melampaui target. Sumber: Renstra Dinas Sosial PPPA 2024–2026, Tabel 4.1.'
 */
export function headlineSentence(
  ind: CatalogIndicator,
  h: Headline,
  locale: Locale,
  regionName: string,
  schemes: Record<string, Scheme>,
): string {
  if (h.value === null || h.year === null) return h.missing ?? '';
  const parts: string[] = [];
  const standing = targetSentence(ind, h, locale, schemes);
  if (standing) parts.push(standing);
  // The document and its table are enough on a card ('Renstra Dinas Sosial PPPA 2024–2026, Tabel 4.1'); the page names the rest.
  if (h.source) parts.push(t(locale, 'card.sentence.source', { source: h.source.title.replace(/^(.*?Tabel [\d.]+).*$/, '$1') }));
  void regionName;
  return parts.join(' ');
}
