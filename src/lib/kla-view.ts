/**
 * What the KLA and APE pages show, from src/generated/kla.json and the catalogue: the evidence of each
 * item for the year on view, the latest value of each portal indicator that evidences it, and what is
 * still missing per OPD.
 *
 *   const view = evidenceView(kla.model.indikator, kla.bukti, 'id')
 *   view.year -> 2025; view.rows[0] -> { item, evidence: { status: '' … }, links: [{ id, name, latest }] }
 */
import klaJson from '../generated/kla.json';
import type { DrppaRow, Evidence, EvidenceStatus, KlaFile, KlaIndicator, Prerequisites } from '../model/kla.ts';
import type { Region } from '../model/region.ts';
import { formatValue, topTier } from './headline.ts';
import { t, type Locale } from './i18n.ts';
import { catalog, type CatalogIndicator } from './site-data.ts';
import { formatNumber } from './format.ts';

export const kla = klaJson as unknown as KlaFile;

type Item = KlaIndicator | Prerequisites['prasyarat'][number];

export interface LinkedIndicator {
  id: string;
  name: string;
  /** The latest value in words ("53,42 (2022)", "22 of 49 desa/kelurahan Layak Anak (2022)"), or what is missing. */
  latest: string;
}

export interface EvidenceRow<T extends Item = Item> {
  item: T;
  /** This year's row of the template, or an empty one ("belum diisi"). */
  evidence: Evidence;
  /** The OPDs that answer for it: the template's where filled, else the model's. */
  opd: string[];
  links: LinkedIndicator[];
}

/** The year the evidence view shows: the latest year any row of the template names. */
export function evidenceYear(bukti: readonly Evidence[]): number | null {
  return bukti.length === 0 ? null : Math.max(...bukti.map((b) => b.tahun));
}

export function evidenceRows<T extends Item>(
  items: readonly T[],
  bukti: readonly Evidence[],
  year: number | null,
  locale: Locale,
): EvidenceRow<T>[] {
  return items.map((item) => {
    const found = bukti.find((b) => b.indikator === item.id && b.tahun === year);
    const evidence: Evidence = found ?? {
      indikator: item.id,
      tahun: year ?? 0,
      status: '',
      judul_dokumen: '',
      tautan: '',
      opd: '',
      catatan: '',
    };
    const opd = splitOpd(evidence.opd || item.opd);
    const links = item.tautan
      .map((id) => catalog.indikator.find((i) => i.id === id))
      .filter((i): i is CatalogIndicator => i !== undefined)
      .map((ind) => ({ id: ind.id, name: ind.nama[locale], latest: latestText(ind, locale) }));
    return { item, evidence, opd, links };
  });
}

export const splitOpd = (text: string): string[] =>
  text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

/** How many items hold each status ('' = not filled in). */
export function statusCounts(rows: readonly EvidenceRow[]): Record<EvidenceStatus, number> {
  const counts: Record<EvidenceStatus, number> = { tersedia: 0, sebagian: 0, belum: 0, '': 0 };
  for (const r of rows) counts[r.evidence.status] += 1;
  return counts;
}

/** Per OPD, the items whose evidence is not complete for the year (status other than tersedia). */
export function missingByOpd<T extends Item>(rows: readonly EvidenceRow<T>[]): Array<{ opd: string; rows: EvidenceRow<T>[] }> {
  const by = new Map<string, EvidenceRow<T>[]>();
  for (const r of rows) {
    if (r.evidence.status === 'tersedia') continue;
    for (const opd of r.opd) by.set(opd, [...(by.get(opd) ?? []), r]);
  }
  return [...by.entries()]
    .map(([opd, list]) => ({ opd, rows: list }))
    .sort((a, b) => b.rows.length - a.rows.length || a.opd.localeCompare(b.opd));
}

/** A status in words, in the page's language. */
export function statusText(status: EvidenceStatus, locale: Locale): string {
  return t(locale, status === '' ? 'kla.status.kosong' : (`kla.status.${status}` as const));
}

/** The latest value of a portal indicator for the region, with its year, in words. */
export function latestText(ind: CatalogIndicator, locale: Locale): string {
  const s = ind.ringkasan;
  if (s.terakhir) {
    const value = formatValue(s.terakhir, ind, locale, catalog.skema);
    if (value) return `${value}${ind.tipe === 'angka' || ind.tipe === 'jumlah' ? ` ${ind.satuan[locale]}` : ''} (${s.terakhir.tahun})`;
  }
  if (s.sebaran) {
    const top = topTier(ind, catalog.skema);
    const n = top ? (s.sebaran.jumlah[top.kode] ?? 0) : 0;
    if (top)
      return t(locale, 'kla.latest.spread', {
        n: formatNumber(n, locale, 0),
        total: formatNumber(s.sebaran.total, locale, 0),
        status: top.nama[locale],
        year: s.sebaran.tahun,
      });
  }
  return t(locale, 'kla.latest.none');
}

/** A klaster's heading: 'Kelembagaan' as it is, the five klaster as 'Klaster I: Hak Sipil dan Kebebasan'. */
export function klasterHeading(k: KlaFile['model']['klaster'][number], locale: Locale): string {
  return k.kode === 'K' ? k.nama[locale] : t(locale, 'kla.cluster', { code: k.kode, name: k.nama[locale] });
}

/** Is a web address (shown as a link), not an archive reference (shown as text). */
export const isUrl = (s: string): boolean => /^https?:\/\/\S+$/.test(s);

/**
 * DRPPA in its latest year: per desa, how many of the indicators are met (and which are not), per
 * kecamatan how many desa meet them all. Null where data/kla/drppa.csv holds no row.
 */
export function drppaView(rows: readonly DrppaRow[], total: number, region: (kode: string) => Region | undefined) {
  if (rows.length === 0) return null;
  const year = Math.max(...rows.map((r) => r.tahun));
  const ofYear = rows.filter((r) => r.tahun === year);
  const desa = [...new Set(ofYear.map((r) => r.kode))].sort().map((kode) => {
    const own = ofYear.filter((r) => r.kode === kode);
    const met = own.filter((r) => r.status === 'terpenuhi').map((r) => r.indikator);
    const unit = region(kode);
    return {
      kode,
      nama: unit?.nama ?? kode,
      kecamatan: unit?.induk ? region(unit.induk) : undefined,
      met: met.length,
      recorded: own.length,
      missing: own.filter((r) => r.status !== 'terpenuhi').map((r) => r.indikator),
      sources: [...new Set(own.map((r) => r.sumber))],
    };
  });
  const full = desa.filter((d) => d.met === total);
  return { year, total, desa, full: full.length };
}
