/**
 * The site-wide files the build writes into src/generated/ for the pages: site.json (configuration the
 * pages show), catalog.json (the catalogue with each indicator's summary) and sources.json.
 */
import type { Bilingual, Element, Indicator, Scheme, Source } from './catalog.ts';
import type { Summary } from './summary.ts';

export type CatalogIndicator = Indicator & { ringkasan: Summary };
export type CatalogElement = Element & { tersedia: boolean; sebagian: boolean };

/** src/generated/catalog.json */
export interface SiteCatalog {
  kelompok: Record<string, Bilingual>;
  program: Record<string, Bilingual>;
  skema: Record<string, Scheme>;
  indikator: CatalogIndicator[];
  elemen_standar: CatalogElement[];
  pemenuhan_elemen: { tersedia: number; sebagian: number; total: number };
}

/** src/generated/site.json */
export interface SiteConfig {
  wilayah: { kode: string; provinsi: string; nasional: string };
  portal: { nama: Bilingual; penyelenggara: Bilingual; url: string; koreksi?: string; lisensi: { nama: string; url: string } };
  kekerasan: { ambang: number; bantuan: Array<{ nama: string; telepon?: string; whatsapp?: string; situs?: string; alamat?: string }> };
  peta: { ada: boolean; resmi: boolean; sumber: string; atribusi: string; ubin: { url: string; atribusi: string } | null };
  /** This build's release: the date it was published and the zip of every table (/data/<paket>). */
  rilis: { tanggal: string; paket: string };
}

/** An entry of src/generated/sources.json: the source with its titles as shown. */
export type SiteSource = Source & { judul_lengkap: string; judul_singkat: string };
