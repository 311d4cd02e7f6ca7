/**
 * The catalogue as both sides know it: zod schemas of the YAML files people edit (data/config.yml,
 * data/sources.yml, data/indicators.yml) and their types. The build validates the files with them; the
 * pages read the same shapes from src/generated/. Field names are the Indonesian ones the files use.
 *
 *   CatalogSchema.parse(yaml) -> { kelompok, program, skema, indikator: [{ id: 'idg', tipe: 'angka', … }], … }
 */
import { z } from 'zod';
import { LEVELS } from './region.ts';

export const Bilingual = z.object({ id: z.string().min(1), en: z.string().min(1) }).strict();
export type Bilingual = z.infer<typeof Bilingual>;

const regionCode = z.string().regex(/^(ID|\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?)$/, 'kode wilayah Kemendagri, mis. 19.02');
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'huruf kecil, angka dan tanda minus, mis. rasio-kekerasan');

export const ConfigSchema = z
  .object({
    wilayah: z.object({ kode: regionCode, provinsi: regionCode, nasional: z.string().min(1) }).strict(),
    portal: z
      .object({
        nama: Bilingual,
        penyelenggara: Bilingual,
        url: z.string().url(),
        /** Where a reader reports an error in the data: a checked web address, e-mail (mailto:) or phone (tel:). */
        koreksi: z.string().min(1).optional(),
        /** The licence of the data the portal publishes, shown in the footer and on every download. */
        lisensi: z
          .object({ nama: z.string().min(1), url: z.string().url() })
          .strict()
          .default({ nama: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }),
      })
      .strict(),
    tahun: z.object({ min: z.number().int(), max: z.number().int() }).strict(),
    peta: z
      .object({
        ubin: z
          .object({ url: z.string().url(), atribusi: z.string().min(1) })
          .strict()
          .nullable(),
      })
      .strict()
      .default({ ubin: null }),
    kekerasan: z
      .object({
        ambang: z.number().int().min(2),
        bantuan: z
          .array(
            z
              .object({
                nama: z.string().min(1),
                telepon: z.string().optional(),
                whatsapp: z.string().optional(),
                situs: z.string().url().optional(),
                alamat: z.string().optional(),
              })
              .strict(),
          )
          .default([]),
      })
      .strict(),
  })
  .strict();
export type Config = z.infer<typeof ConfigSchema>;

/** A source's `tanggal` where the page or document shows no date: said so, never guessed. */
export const NO_DATE = 'tidak tercantum';
/** A source's `tanggal`: YYYY, YYYY-MM or YYYY-MM-DD as the source shows it, or NO_DATE. */
export const SOURCE_DATE = new RegExp(`^(\\d{4}(-\\d{2}(-\\d{2})?)?|${NO_DATE})$`);

export const SourceSchema = z
  .object({
    judul: z.string().optional(),
    /** Short name shown beside a figure; the full title goes into downloads. */
    singkat: z.string().optional(),
    penerbit: z.string().optional(),
    tanggal: z
      .string()
      .regex(
        SOURCE_DATE,
        'tanggal ditulis YYYY, YYYY-MM atau YYYY-MM-DD, mis. "2024-04-30"; tulis "tidak tercantum" bila sumbernya tidak menunjukkan tanggal',
      )
      .optional(),
    bentuk: z.enum(['dokumen', 'dataset', 'situs']).optional(),
    url: z.string().url().optional(),
    induk: z.string().optional(),
    bagian: z.string().optional(),
    catatan: z.string().optional(),
  })
  .strict()
  .refine((s) => Boolean(s.induk) || Boolean(s.judul && s.penerbit), {
    message: 'sumber tanpa `induk` harus punya `judul` dan `penerbit`',
  })
  .refine((s) => !s.url || Boolean(s.penerbit && s.tanggal), {
    message:
      'sumber dengan `url` harus punya `penerbit` dan `tanggal` (tulis tanggal: tidak tercantum bila halamannya tidak menunjukkan tanggal)',
  });
const sourceId = z.string().regex(/^[a-z0-9]+([.-][a-z0-9]+)*$/, 'id sumber: huruf kecil, angka, titik dan tanda minus, mis. renstra-t2.6');
export const SourcesSchema = z.record(sourceId, SourceSchema);
export type Source = z.infer<typeof SourceSchema>;

export const DISAGGREGATIONS = ['jenis_kelamin', 'kelompok_umur', 'kategori'] as const;

const Tier = z.object({ kode: z.string().min(1), nama: Bilingual, skor: z.tuple([z.number(), z.number()]).optional() }).strict();
const SchemePeriod = z.object({ dari: z.number().int(), sampai: z.number().int().optional(), peringkat: z.array(Tier).min(1) }).strict();
export const SchemeSchema = z.object({ nama: Bilingual, berlaku: z.array(SchemePeriod).min(1) }).strict();
export type Scheme = z.infer<typeof SchemeSchema>;
export type Tier = z.infer<typeof Tier>;

const Term = z
  .object({
    indikator: slug,
    jenis_kelamin: z.enum(['L', 'P']).optional(),
    kelompok_umur: z.string().optional(),
    kategori: z.string().optional(),
  })
  .strict();
export type Term = z.infer<typeof Term>;
const Derivation = z.discriminatedUnion('cara', [
  z
    .object({ cara: z.literal('rasio'), per: z.number().positive(), pembilang: z.array(Term).min(1), penyebut: z.array(Term).min(1) })
    .strict(),
  z.object({ cara: z.literal('cakupan'), dari: slug, nilai: z.string(), unit: z.array(z.enum(['desa', 'kelurahan'])).min(1) }).strict(),
]);
export type Derivation = z.infer<typeof Derivation>;

const Dispute = z.object({ tahun: z.array(z.number().int()).min(1), alasan: Bilingual, sebanding: z.boolean().default(true) }).strict();
export type Dispute = z.infer<typeof Dispute>;

export const IndicatorSchema = z
  .object({
    id: slug,
    nama: Bilingual,
    tema: z.enum(['gender', 'anak', 'kekerasan', 'kelembagaan', 'demografi', 'sosial']),
    kelompok: z.enum(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']),
    program: z
      .string()
      .regex(/^\d\.\d{2}\.\d{2}$/)
      .nullable(),
    opd: Bilingual,
    tipe: z.enum(['angka', 'jumlah', 'ordinal', 'kategori']),
    skema: z.string().optional(),
    satuan: Bilingual,
    desimal: z.number().int().min(0).max(4).default(2),
    /** The valid range of a value (and of a target), [min, max]; max null: no upper bound. Counts (jumlah) are whole numbers. */
    rentang: z.tuple([z.number(), z.number().nullable()]).optional(),
    polaritas: z.enum(['naik', 'turun', 'netral']),
    konsep: Bilingual,
    definisi: Bilingual,
    rumus: Bilingual,
    interpretasi: Bilingual,
    sumber_data: Bilingual,
    periode: Bilingual,
    level_wilayah: z.array(z.enum(LEVELS)).min(1),
    disagregasi: z.array(z.enum(DISAGGREGATIONS)),
    kategori: z.array(z.object({ kode: z.string().min(1), nama: Bilingual }).strict()).optional(),
    /**
     * Series whose values are never joined by a line nor disputed by each other: a change of method, another
     * recording system, another survey period. A row names its series in the column `seri`; a row without
     * one is in the main series, named by `seri_utama` where the indicator has other series.
     */
    seri: z.array(z.object({ kode: slug, nama: Bilingual, keterangan: Bilingual }).strict()).optional(),
    seri_utama: Bilingual.optional(),
    skor_indikator: slug.optional(),
    kekerasan: z.boolean().default(false),
    /** Receives the counts of women and children summed from data/kekerasan/ (after disclosure control). */
    agregat_kekerasan: z.boolean().optional(),
    turunan: Derivation.optional(),
    catatan: Bilingual.optional(),
    /** What the rows of kind `target` are for this indicator when not a target (a budget ceiling is a plan). */
    sebutan_target: Bilingual.optional(),
    /**
     * Why the values of a year disagree (rows marked diperdebatkan), in one plain sentence; `sebanding: false`
     * when the year's values do not share a unit or definition with its target, so no achievement is computed.
     */
    perbedaan: z.array(Dispute).optional(),
  })
  .strict()
  .refine((i) => !i.seri?.length || Boolean(i.seri_utama), {
    message: 'indikator dengan `seri` wajib punya `seri_utama`: nama seri baris yang kolom seri-nya kosong',
  })
  .refine((i) => (i.tipe === 'ordinal' || i.tipe === 'kategori') === Boolean(i.skema), {
    message: 'indikator ordinal/kategori wajib punya `skema`; indikator angka/jumlah tidak boleh',
  })
  .refine((i) => (i.tipe === 'angka' || i.tipe === 'jumlah') === Boolean(i.rentang), {
    message:
      'indikator angka/jumlah wajib punya `rentang: [min, maks]` (maks null bila tanpa batas atas), mis. rentang: [0, 100]; indikator ordinal/kategori tidak',
  })
  .refine((i) => !i.rentang || i.rentang[1] === null || i.rentang[0] <= i.rentang[1], {
    message: '`rentang` harus [min, maks] dengan min ≤ maks',
  });
export type Indicator = z.infer<typeof IndicatorSchema>;

export const ElementSchema = z
  .object({
    no: z.number().int().positive(),
    kelompok: z.enum(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']),
    nama: Bilingual,
    disagregasi: z.string(),
    level: z.string(),
    opd: z.string(),
    periode: z.string(),
    indikator: slug.nullable(),
    sebagian: z.boolean().optional(),
    catatan: z.string().optional(),
  })
  .strict();
export type Element = z.infer<typeof ElementSchema>;

export const CatalogSchema = z
  .object({
    kelompok: z.record(z.string(), Bilingual),
    program: z.record(z.string(), Bilingual),
    skema: z.record(slug, SchemeSchema),
    indikator: z.array(IndicatorSchema).min(1),
    elemen_standar: z.array(ElementSchema),
  })
  .strict();
export type Catalog = z.infer<typeof CatalogSchema>;

/** data/koreksi.yml: each correction of a published figure — when, which indicators, what was wrong, what changed. */
export const CorrectionsSchema = z
  .object({
    koreksi: z.array(
      z
        .object({
          tanggal: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'tanggal YYYY-MM-DD, mis. "2027-01-15"'),
          indikator: z.array(slug).min(1),
          salah: Bilingual,
          perubahan: Bilingual,
        })
        .strict(),
    ),
  })
  .strict();
export type Correction = z.infer<typeof CorrectionsSchema>['koreksi'][number];
