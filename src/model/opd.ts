/**
 * The register of the kabupaten's agencies (data/opd.yml) and the SIGA fulfilment the build computes on it,
 * as both sides know them: the schema of the file people edit, how a free-text producer name in the
 * catalogue ("Disdik (Dapodik); Kemenag (EMIS)") finds its entries, and src/generated/opd.json.
 *
 *   agencyNames('BPS (Sakernas/Susenas); Disnaker') -> ['BPS', 'Disnaker']
 *   matchAgency(index, 'dilaporkan Dinas Sosial PPPA') -> { kode: 'dinsos-pppa', … }
 */
import { z } from 'zod';
import { Bilingual } from './catalog.ts';

const kode = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'huruf kecil, angka dan tanda minus, mis. dinkes');

const AgencySchema = z
  .object({
    kode,
    nama: Bilingual,
    singkatan: z.string().min(1),
    sebutan: z.array(z.string().min(1)).default([]),
    lokasi: z.string().min(1).optional(),
  })
  .strict();
export type Agency = z.infer<typeof AgencySchema>;

export const AgencyRegisterSchema = z
  .object({
    /** The source (data/sources.yml) of the official names; each entry's `lokasi` points into it. */
    sumber: z.string().min(1),
    /** The catalogue indicator the Renstra reports the fulfilment in; its page shows the computed value beside. */
    indikator_pemenuhan: z.string().min(1).optional(),
    /** The year "delivered" speaks of; by default the latest year any element has a value. */
    tahun_acuan: z.number().int().optional(),
    opd: z.array(AgencySchema.extend({ lokasi: z.string().min(1) })).min(1),
    instansi_lain: z.array(AgencySchema).default([]),
    tanpa_nama: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type AgencyRegister = z.infer<typeof AgencyRegisterSchema>;

/**
 * The agency names in a producer text: parentheses (the system or the role) dropped, split at ";" and "/".
 * agencyNames('UPTD PPA / DPPPA (SIMFONI-PPA)') -> ['UPTD PPA', 'DPPPA']
 */
export function agencyNames(text: string): string[] {
  return text
    .replace(/\([^)]*\)/g, ' ')
    .split(/[;/]/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '');
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

export interface AgencyIndex {
  /** Every name an entry answers to (official, short, other), lower case, longest first. */
  names: Array<{ name: string; kode: string; opd: boolean }>;
  generic: Set<string>;
}

export function agencyIndex(register: AgencyRegister): AgencyIndex {
  const names = [...register.opd.map((a) => ({ a, opd: true })), ...register.instansi_lain.map((a) => ({ a, opd: false }))].flatMap(
    ({ a, opd }) => [a.nama.id, a.singkatan, ...a.sebutan].map((name) => ({ name: norm(name), kode: a.kode, opd })),
  );
  names.sort((x, y) => y.name.length - x.name.length);
  return { names, generic: new Set(register.tanpa_nama.map(norm)) };
}

/**
 * The entry a name means: the same name, else the longest name it contains as whole words
 * ("dilaporkan Dinas Sosial PPPA" -> Dinas Sosial PPPA). 'umum' for a generic term (tanpa_nama), null when unknown.
 */
export function matchAgency(index: AgencyIndex, name: string): { kode: string; opd: boolean } | 'umum' | null {
  const n = norm(name);
  if (index.generic.has(n)) return 'umum';
  const exact = index.names.find((e) => e.name === n);
  if (exact) return exact;
  const padded = ` ${n} `;
  return index.names.find((e) => padded.includes(` ${e.name} `)) ?? null;
}

/** One agency on the site: what it owes and what reached the portal. */
export interface SiteAgency {
  kode: string;
  nama: Bilingual;
  singkatan: string;
  lokasi?: string;
  /** Standard SIGA elements (their `no`) whose producer names this agency. */
  wajib: number[];
  /** Catalogue indicators whose producer names this agency. */
  indikator: string[];
  /** Of `wajib`: delivered in full for the reference year; delivered without the disaggregation the standard asks. */
  terpenuhi: number[];
  sebagian: number[];
  /** The spreadsheet template of what it owes (/data/templat/<file>), when any owed element has a catalogue indicator. */
  templat: string | null;
}

/** One year of the computed fulfilment. */
export interface FulfilmentYear {
  tahun: number;
  /** Agencies (of the register's `opd`) with at least one owed element delivered in full that year. */
  opd: number;
  /** Elements delivered in full, and those delivered without the required disaggregation. */
  elemen: number;
  elemen_sebagian: number;
}

/** src/generated/opd.json */
export interface SiteAgencies {
  sumber: string;
  indikator_pemenuhan: string | null;
  opd: SiteAgency[];
  instansi_lain: SiteAgency[];
  jumlah_opd: number;
  jumlah_elemen: number;
  /** The year `terpenuhi` speaks of: the register's, else the latest year any element has a value. */
  tahun_acuan: number | null;
  /** Every year of the last decade up to the reference year, from the first with a value (years without any: zeros). */
  per_tahun: FulfilmentYear[];
  /** Per element `no`: the years with a value. */
  tahun_elemen: Record<string, number[]>;
}
