/**
 * View models of an indicator page, computed at build time from the catalog entry and its rows:
 * the chart series, the table rows (with the machine-readable CSV cells the download uses) and the
 * default year range. Pure; the .astro components only lay these out.
 */
import { downloadCells, type PublishedRow } from '../model/row.ts';
import type { Scheme } from '../model/catalog.ts';
import { HIDDEN_LABEL } from '../model/violence.ts';
import { buildSeries, type ChartData } from './chart/series.ts';
import { formatNumber } from './format.ts';
import { formatValue } from './headline.ts';
import { t, type Locale } from './i18n.ts';
import { catalog, region, site, sources, type CatalogIndicator, type Region, type SiteConfig, type SiteSource } from './site-data.ts';

export interface TableRow {
  year: number;
  region: string;
  split: string;
  kind: string;
  value: string;
  status: string;
  achievement: string;
  source: string;
  location: string;
  note: string;
  /** The same row for the CSV download, in DOWNLOAD_COLUMNS order, numbers unformatted. */
  csv: Array<string | number | null>;
  /** The published row it shows. */
  row: PublishedRow;
}

export interface ViewContext {
  locale: Locale;
  site: SiteConfig;
  region: (kode: string) => Region | undefined;
  schemes: Record<string, Scheme>;
  sourceTitle: (id: string) => string;
  /** The source entry, where its form (a news page, a document) matters. */
  sourceOf?: (id: string) => SiteSource | undefined;
  threshold: number;
}

/** The context of this site's pages in a locale. */
export function siteViewContext(locale: Locale): ViewContext {
  return {
    locale,
    site,
    region,
    schemes: catalog.skema,
    sourceTitle: (id) => sources[id]?.judul_singkat ?? '',
    sourceOf: (id) => sources[id],
    threshold: site.kekerasan.ambang,
  };
}

/** The name of one of the indicator's series ('' the main one); null where it has only one series. */
export function seriesName(ind: CatalogIndicator, seri: string, locale: Locale): string | null {
  if (!ind.seri?.length) return null;
  return seri === '' ? (ind.seri_utama?.[locale] ?? null) : (ind.seri.find((s) => s.kode === seri)?.nama[locale] ?? seri);
}

export function splitLabel(r: PublishedRow, ind: CatalogIndicator, locale: Locale): string {
  const parts: string[] = [];
  const series = seriesName(ind, r.seri, locale);
  if (series) parts.push(series);
  if (r.jenis_kelamin) parts.push(t(locale, r.jenis_kelamin === 'L' ? 'sex.L' : 'sex.P'));
  if (r.kelompok_umur) parts.push(t(locale, 'unit.years', { range: r.kelompok_umur }));
  if (r.kategori) parts.push(ind.kategori?.find((k) => k.kode === r.kategori)?.nama[locale] ?? r.kategori);
  return parts.join(', ');
}

/** Rows by area (root first, as in the data), then year, then actual before target; stable otherwise. */
export function tableRows(rows: readonly PublishedRow[], ind: CatalogIndicator, ctx: ViewContext): TableRow[] {
  const { locale } = ctx;
  const order = new Map<string, number>();
  rows.forEach((r) => order.has(r.kode) || order.set(r.kode, order.size));
  const sorted = [...rows].sort(
    (a, b) => order.get(a.kode)! - order.get(b.kode)! || a.tahun - b.tahun || (a.jenis === b.jenis ? 0 : a.jenis === 'realisasi' ? -1 : 1),
  );
  return sorted.map((r) => {
    const area = ctx.region(r.kode);
    const hidden = r.status === 'disembunyikan';
    const value = hidden ? t(locale, 'value.suppressed') : (formatValue(r, ind, locale, ctx.schemes) ?? t(locale, 'value.missing'));
    const status = [
      r.status ? t(locale, `status.${r.status}` as 'status.diperdebatkan') : '',
      r.asal === 'dihitung' ? t(locale, 'ind.computed') : '',
    ]
      .filter(Boolean)
      .join(', ');
    const achievement = achievementText(r, locale);
    return {
      year: r.tahun,
      region: area?.nama ?? r.kode,
      split: splitLabel(r, ind, locale),
      kind: t(locale, r.jenis === 'target' ? 'ind.kind.target' : 'ind.kind.realisasi'),
      value,
      status,
      achievement,
      source: r.sumber.split(' ').map(ctx.sourceTitle).filter(Boolean).join('; '),
      location: r.lokasi,
      note: r.catatan,
      csv: downloadCells(r, {
        indicator: ind.id,
        nama: area?.nama ?? '',
        tingkat: area?.tingkat ?? '',
        satuan: ind.satuan.id,
        hidden: HIDDEN_LABEL,
      }),
      row: r,
    };
  });
}

/**
 * A row's achievement in words: the portal's ratio or met/unmet, and the source's own printed ratio beside
 * it when they differ (a lower-is-better ratio printed as realisasi ÷ target).
 */
function achievementText(r: PublishedRow, locale: Locale): string {
  const computed =
    r.capaian !== null
      ? `${formatNumber(r.capaian, locale, 2)}%`
      : r.tercapai === true
        ? t(locale, 'target.met')
        : r.tercapai === false
          ? t(locale, 'target.unmet')
          : '';
  const printed =
    r.capaian_sumber !== null && r.capaian_sumber !== r.capaian
      ? t(locale, 'ind.achievement.printed', { value: formatNumber(r.capaian_sumber, locale, 2) })
      : '';
  return [computed, printed].filter(Boolean).join(' · ');
}

export function chartData(rows: readonly PublishedRow[], ind: CatalogIndicator, ctx: ViewContext): ChartData {
  const { locale, site } = ctx;
  return buildSeries(rows, {
    rootCode: site.wilayah.kode,
    comparisonCodes: [site.wilayah.provinsi, site.wilayah.nasional],
    regionName: (kode) => ctx.region(kode)?.nama ?? kode,
    categoryName: (kode) => ind.kategori?.find((k) => k.kode === kode)?.nama[locale] ?? kode,
    sexName: (jk) => t(locale, jk === 'L' ? 'sex.male' : 'sex.female'),
    seriesName: (seri) => seriesName(ind, seri, locale),
    formatValue: (r) => formatValue(r, ind, locale, ctx.schemes) ?? '',
  });
}

/**
 * 2019–2026 (the Renstra's horizon), widened to the years of the region's own data, or of the
 * comparisons where the region has none (the provincial child-marriage series from 2018).
 */
export function yearRange(rows: readonly PublishedRow[], rootCode: string): [number, number] {
  const own = rows.filter((r) => r.kode === rootCode);
  const years = (own.length > 0 ? own : rows).map((r) => r.tahun);
  return [Math.min(2019, ...years), Math.max(2026, ...years)];
}

/** The union of an ordinal scheme's tiers across its periods, lowest first (APE gained Nindya in 2023). */
export function tierOrder(scheme: Scheme): string[] {
  const latest = scheme.berlaku[scheme.berlaku.length - 1]!.peringkat.map((t) => t.kode);
  const extra = scheme.berlaku.flatMap((p) => p.peringkat.map((t) => t.kode)).filter((k) => !latest.includes(k));
  return [...new Set([...extra, ...latest])];
}
