/**
 * Typed access to the pipeline's output in src/generated/ (rebuilt by `npm run data`).
 * Pages read data only through here; they never parse CSV.
 */
import catalogJson from '../generated/catalog.json';
import siteJson from '../generated/site.json';
import sourcesJson from '../generated/sources.json';
import wilayahJson from '../generated/wilayah.json';
import type { Element, Indicator, Scheme, Source, Bilingual } from '../../scripts/lib/schema.ts';
import type { Summary } from '../../scripts/lib/summary.ts';
import type { Region } from '../../scripts/datasets/wilayah.ts';
import type { PublishedRow } from '../../scripts/lib/published.ts';
import type { Locale } from './i18n.ts';

export type { Bilingual, PublishedRow, Region, Summary };
export type CatalogIndicator = Indicator & { ringkasan: Summary };
export type CatalogElement = Element & { tersedia: boolean; sebagian: boolean };

export interface SiteCatalog {
  kelompok: Record<string, Bilingual>;
  program: Record<string, Bilingual>;
  skema: Record<string, Scheme>;
  indikator: CatalogIndicator[];
  elemen_standar: CatalogElement[];
  pemenuhan_elemen: { tersedia: number; sebagian: number; total: number };
}

export interface SiteConfig {
  wilayah: { kode: string; provinsi: string; nasional: string };
  portal: { nama: Bilingual; penyelenggara: Bilingual; url: string };
  kekerasan: { ambang: number; bantuan: Array<{ nama: string; telepon?: string; whatsapp?: string; situs?: string; alamat?: string }> };
  peta: { ada: boolean; resmi: boolean; sumber: string; atribusi: string; ubin: { url: string; atribusi: string } | null };
}

export type SiteSource = Source & { judul_lengkap: string; judul_singkat: string };

export const catalog = catalogJson as unknown as SiteCatalog;
export const site = siteJson as unknown as SiteConfig;
export const sources = sourcesJson as unknown as Record<string, SiteSource>;
export const regions = wilayahJson as unknown as Region[];

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
