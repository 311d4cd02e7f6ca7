/**
 * Typed access to the pipeline's output in src/generated/ (rebuilt by `npm run data`).
 * Pages read data only through here; they never parse CSV.
 */
import catalogJson from '../generated/catalog.json';
import siteJson from '../generated/site.json';
import sourcesJson from '../generated/sources.json';
import wilayahJson from '../generated/wilayah.json';
import koreksiJson from '../generated/koreksi.json';
import opdJson from '../generated/opd.json';
import celahJson from '../generated/celah.json';
import type { Bilingual, Correction } from '../model/catalog.ts';
import type { PublicGaps } from '../model/gaps.ts';
import type { SiteAgencies } from '../model/opd.ts';
import type { Region } from '../model/region.ts';
import type { PublishedRow } from '../model/row.ts';
import type { CatalogElement, CatalogIndicator, SiteCatalog, SiteConfig, SiteSource } from '../model/site.ts';
import type { Summary } from '../model/summary.ts';
import type { Locale } from './i18n.ts';

export type { Bilingual, CatalogElement, CatalogIndicator, PublishedRow, Region, SiteCatalog, SiteConfig, SiteSource, Summary };

export const catalog = catalogJson as unknown as SiteCatalog;
export const site = siteJson as unknown as SiteConfig;
export const sources = sourcesJson as unknown as Record<string, SiteSource>;
export const regions = wilayahJson as unknown as Region[];
/** The correction log, newest first (data/koreksi.yml). */
export const corrections = koreksiJson as unknown as Correction[];
/** The anchor of a correction on /tentang/koreksi/: its date and first indicator. */
/** The agency register and the SIGA fulfilment computed on it (data/opd.yml); null where the portal has no register. */
export const agencies = opdJson as unknown as SiteAgencies | null;
/** Public figures left out and data not found (data/celah.yml; empty lists without it). */
export const publicGaps = celahJson as unknown as PublicGaps;
export const correctionAnchor = (k: Correction): string => `koreksi-${k.tanggal}-${k.indikator[0]}`;

const regionByCode = new Map(regions.map((r) => [r.kode, r]));

export function region(kode: string): Region | undefined {
  return regionByCode.get(kode);
}

export function rootRegion(): Region {
  const root = regionByCode.get(site.wilayah.kode);
  if (!root) throw new Error(`Root region ${site.wilayah.kode} is missing from src/generated/wilayah.json`);
  return root;
}

/** The catalog's indicator groups (kelompok) in catalog order, named in `locale`, leaving out groups with no indicator. */
export function indicatorGroups(locale: Locale): { code: string; name: string; indicators: CatalogIndicator[] }[] {
  return Object.entries(catalog.kelompok)
    .map(([code, name]) => ({ code, name: name[locale], indicators: catalog.indikator.filter((i) => i.kelompok === code) }))
    .filter((g) => g.indicators.length > 0);
}
