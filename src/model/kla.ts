/**
 * The evaluator's workspace as both sides know it: the KLA model (data/kla/indikator.yml), the PUG
 * prerequisites behind the APE (data/ape/prasyarat.yml), and the evidence the Gugus Tugas and the OPDs
 * record for them (data/kla/bukti.csv, data/ape/bukti.csv). The build validates the files with these
 * schemas and writes src/generated/kla.json; the pages read the same shapes.
 *
 *   KlaModelSchema.parse(yaml) -> { klaster: [{ kode: 'I', … }], indikator: [{ id: 'kla-04', klaster: 'I', … }], … }
 */
import { z } from 'zod';
import { Bilingual } from './catalog.ts';

/** Fields of an item that a source has not confirmed yet: shown as "belum diverifikasi". */
export const UNVERIFIED_FIELDS = ['nama', 'ukuran', 'opd', 'tautan'] as const;
export type UnverifiedField = (typeof UNVERIFIED_FIELDS)[number];

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'huruf kecil, angka dan tanda minus, mis. kla-04');

/** One KLA indicator or PUG prerequisite: what it is, how it is measured, who answers for it. */
const ItemSchema = z
  .object({
    id,
    nama: Bilingual,
    ukuran: Bilingual,
    opd: z.string().min(1),
    /** Catalog indicators that evidence it. */
    tautan: z.array(z.string()).default([]),
    belum_diverifikasi: z.array(z.enum(UNVERIFIED_FIELDS)).default([]),
  })
  .strict();

export const KlaModelSchema = z
  .object({
    sumber: z.string().min(1),
    skema: z.record(z.object({ nama: Bilingual }).strict()),
    /** The scheme each evaluation year was scored under. */
    tahun: z.array(
      z
        .object({
          tahun: z.number().int(),
          skema: z.string().optional(),
          terverifikasi: z.boolean().default(false),
          catatan: z.string().optional(),
        })
        .strict(),
    ),
    klaster: z.array(z.object({ kode: z.string().min(1), nama: Bilingual }).strict()).min(1),
    indikator: z.array(ItemSchema.extend({ klaster: z.string().min(1) }).strict()).min(1),
    /** Desa Ramah Perempuan dan Peduli Anak: its indicators, met or not per desa (data/kla/drppa.csv). */
    drppa: z
      .object({
        sumber: z.string().min(1),
        indikator: z.array(z.object({ id, nama: Bilingual }).strict()).min(1),
      })
      .strict()
      .optional(),
  })
  .strict();
export type KlaModel = z.infer<typeof KlaModelSchema>;
export type KlaIndicator = KlaModel['indikator'][number];

export const PrerequisitesSchema = z
  .object({
    sumber: z.string().min(1),
    prasyarat: z.array(ItemSchema).min(1),
  })
  .strict();
export type Prerequisites = z.infer<typeof PrerequisitesSchema>;

/** What an evidence row says of an item in a year; '' is a row not filled in yet ("belum diisi"). */
export const EVIDENCE_STATUSES = ['tersedia', 'sebagian', 'belum'] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number] | '';

/** The columns of an evidence template, in order. */
export const EVIDENCE_COLUMNS = ['indikator', 'tahun', 'status', 'judul_dokumen', 'tautan', 'opd', 'catatan'] as const;

export interface Evidence {
  indikator: string;
  tahun: number;
  status: EvidenceStatus;
  judul_dokumen: string;
  /** A web address or an archive reference ("Arsip Dinas, map KLA 2025/3"). */
  tautan: string;
  opd: string;
  catatan: string;
}

/** What data/kla/drppa.csv says of one DRPPA indicator in one desa in one year. */
export const DRPPA_STATUSES = ['terpenuhi', 'belum'] as const;
export const DRPPA_COLUMNS = ['kode_wilayah', 'tahun', 'indikator', 'status', 'sumber', 'catatan'] as const;
export interface DrppaRow {
  kode: string;
  tahun: number;
  indikator: string;
  status: (typeof DRPPA_STATUSES)[number];
  sumber: string;
  catatan: string;
}

/** src/generated/kla.json */
export interface KlaFile {
  model: KlaModel;
  bukti: Evidence[];
  /** Rows of data/kla/drppa.csv; empty where the file is absent. */
  drppa: DrppaRow[];
  ape: { model: Prerequisites; bukti: Evidence[] };
}
