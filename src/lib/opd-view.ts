/**
 * What the agency pages show, from src/generated/opd.json: the fulfilment per year beside what the Renstra
 * reports, and each owed element's state for the reference year.
 *
 *   fulfilmentRows(agencies, renstraRows) -> [{ tahun: 2022, opd: 5, persen: 16.13, elemen: 6, …, dilaporkan: 55.8 }, …]
 *   elementState(el, agencies) -> 'terpenuhi' | 'sebagian' | 'tanpa-nilai' | 'tanpa-indikator'
 */
import type { SiteAgencies, SiteAgency } from '../model/opd.ts';
import { agencies, type CatalogElement, type PublishedRow } from './site-data.ts';

export interface FulfilmentRow {
  tahun: number;
  opd: number;
  /** opd ÷ jumlah_opd × 100 */
  persen: number;
  elemen: number;
  elemen_sebagian: number;
  /** The Renstra's realised value for the year (the catalogue indicator's own row), when it reports one. */
  dilaporkan: number | null;
}

/** The computed years, each beside the realised value the catalogue indicator reports for the root region that year. */
export function fulfilmentRows(agencies: SiteAgencies, reported: readonly PublishedRow[], rootCode: string): FulfilmentRow[] {
  const own = new Map<number, number>();
  for (const r of reported)
    if (
      r.kode === rootCode &&
      r.jenis === 'realisasi' &&
      typeof r.nilai === 'number' &&
      !r.jenis_kelamin &&
      !r.kelompok_umur &&
      !r.kategori &&
      !own.has(r.tahun)
    )
      own.set(r.tahun, r.nilai);
  const rows = new Map<number, FulfilmentRow>();
  for (const y of agencies.per_tahun)
    rows.set(y.tahun, { ...y, persen: (y.opd / agencies.jumlah_opd) * 100, dilaporkan: own.get(y.tahun) ?? null });
  return [...rows.values()].sort((a, b) => a.tahun - b.tahun);
}

export type ElementState = 'terpenuhi' | 'sebagian' | 'tanpa-nilai' | 'tanpa-indikator';

/** The element's state for the reference year. */
export function elementState(el: CatalogElement, agencies: SiteAgencies): ElementState {
  if (!el.indikator) return 'tanpa-indikator';
  const years = agencies.tahun_elemen[String(el.no)] ?? [];
  if (agencies.tahun_acuan === null || !years.includes(agencies.tahun_acuan)) return 'tanpa-nilai';
  return el.sebagian ? 'sebagian' : 'terpenuhi';
}

/** The pages of /opd/: the index (kode undefined) and one per agency; none without a register. */
export function agencyPaths(): Array<{
  params: { kode: string | undefined };
  props: { agencies: SiteAgencies; agency: SiteAgency | null };
}> {
  const register = agencies;
  if (!register) return [];
  return [
    { params: { kode: undefined }, props: { agencies: register, agency: null } },
    ...[...register.opd, ...register.instansi_lain].map((agency) => ({
      params: { kode: agency.kode },
      props: { agencies: register, agency },
    })),
  ];
}
