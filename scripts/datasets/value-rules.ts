/**
 * data/values/<indicator-id>.csv: tidy values of one indicator, one row per value.
 *
 *   kode_wilayah;tahun;jenis_kelamin;kelompok_umur;kategori;jenis;nilai;status;sumber;lokasi;catatan (seri, capaian_sumber: optional)
 *   19.02;2022;;;;realisasi;53,42;diperdebatkan;renstra-t4.1;baris 8914;…
 *
 * The row schema is a table of column rules, one small rule per column (VALUE_RULES): each takes the
 * cell's trimmed text and gives the field's value or a Problem that says how to fix the cell. A rule
 * may look at the fields of the columns before it (`nilai` reads `status` and `tahun`). `parseRow` (values.ts)
 * runs the table over one row and reports every problem. Empty disaggregation cells mean "all".
 *
 *   VALUE_RULES.tahun('2024', ctx, row) -> 2024
 *   VALUE_RULES.tahun('24', ctx, row)   -> Problem { rule: 'tahun', message: 'Tahun harus empat angka, mis. 2024.' }
 */
import type { Indicator, Tier } from '../../src/model/catalog.ts';
import type { Region } from '../../src/model/region.ts';
import { STATUSES, type Status } from '../../src/model/row.ts';
import { numberReadings, parseIdNumber } from '../lib/number.ts';
import type { ValueRow } from '../lib/rows.ts';
import type { Column } from './value-header.ts';

/** What the rules of one file need: the indicator and the loaded catalogue, with lookups prepared once. */
export interface RuleContext {
  indicator: Indicator;
  regions: ReadonlyMap<string, Region>;
  sources: ReadonlySet<string>;
  years: { min: number; max: number };
  tiersFor(year: number): readonly Tier[] | null;
  /** The indicator's disaggregations, levels and category codes (null: no category list). */
  allows: ReadonlySet<string>;
  levels: ReadonlySet<string>;
  categories: ReadonlySet<string> | null;
  /** Codes of the configured region for the examples in messages: its own and one of its villages. */
  example: { root: string; desa: string };
}

/**
 * A cell a rule refuses: the rule's name and how to fix it; the value to show when not the cell itself,
 * and the column to blame when the fix belongs in another one.
 */
export class Problem {
  constructor(
    readonly rule: string,
    readonly message: string,
    readonly value?: string,
    readonly column?: Column,
  ) {}
}

export type Fields = Omit<ValueRow, 'baris' | 'capaian' | 'tercapai' | 'urutan' | 'asal' | 'rumus'>;
/** A column's rule: the cell's trimmed text to the field's value, or a Problem. `row` holds the fields of the columns before. */
export type Rule<K extends keyof Fields> = (text: string, ctx: RuleContext, row: Readonly<Fields>) => Fields[K] | Problem;

/** The portal's own region and its first village, for examples in messages (another kabupaten sees its own codes). */
function examples(regions: ReadonlyMap<string, Region>): RuleContext['example'] {
  let root = '';
  let desa = '';
  for (const r of regions.values()) {
    if (!root && r.level === 'kabupaten') root = r.kode;
    if (!desa && r.tingkat === 'desa') desa = r.kode;
    if (root && desa) break;
  }
  return { root, desa: desa || root };
}

export function ruleContext(indicator: Indicator, base: Pick<RuleContext, 'regions' | 'sources' | 'years' | 'tiersFor'>): RuleContext {
  return {
    ...base,
    example: examples(base.regions),
    indicator,
    allows: new Set(indicator.disagregasi),
    levels: new Set(indicator.level_wilayah),
    categories: indicator.kategori ? new Set(indicator.kategori.map((k) => k.kode)) : null,
  };
}

const SEX: Record<string, 'L' | 'P'> = { l: 'L', p: 'P', 'laki-laki': 'L', laki: 'L', perempuan: 'P', lk: 'L', pr: 'P' };
const AGE = /^(\d{1,3}-\d{1,3}|\d{1,3}\+)$/;
const YEAR = /^\d{4}$/;

const kode: Rule<'kode'> = (text, ctx) => {
  const region = ctx.regions.get(text);
  if (region === undefined) {
    if (text === '')
      return new Problem('kode-wilayah', `Kode wilayah kosong. Isi kode Kemendagri dari data/wilayah.csv, mis. ${ctx.example.root}.`);
    const mangled = /^\d{2}\.\d$/.test(text) || /^\d{2}\.\d{2}\.\d$/.test(text);
    const hint = mangled ? ' Excel mungkin membuang angka 0 di belakang titik: format kolom sebagai Teks.' : '';
    return new Problem(
      'kode-wilayah',
      `Kode wilayah tidak dikenal. Pakai kode dari data/wilayah.csv, mis. ${ctx.example.root} (kabupaten) atau ${ctx.example.desa} (desa).${hint}`,
    );
  }
  if (ctx.levels.has(region.level)) return text;
  const { indicator } = ctx;
  if (indicator.kekerasan && region.level === 'desa') {
    return new Problem(
      'level-wilayah',
      'Data kekerasan tidak boleh di tingkat desa/kelurahan: angka sekecil itu dapat mengenali korban. Jumlahkan ke tingkat kecamatan atau kabupaten.',
    );
  }
  return new Problem(
    'level-wilayah',
    `Indikator ${indicator.id} hanya untuk tingkat ${indicator.level_wilayah.join(', ')}; ${region.nama} adalah ${region.tingkat}.`,
  );
};

const tahun: Rule<'tahun'> = (text, ctx) => {
  if (!YEAR.test(text)) return new Problem('tahun', 'Tahun harus empat angka, mis. 2024.');
  const year = Number(text);
  if (year < ctx.years.min || year > ctx.years.max)
    return new Problem('tahun', `Tahun di luar rentang ${ctx.years.min}–${ctx.years.max} (data/config.yml). Periksa salah ketik.`);
  return year;
};

const jenis: Rule<'jenis'> = (text) => {
  if (text === 'realisasi' || text === 'target') return text;
  const kind = text.toLowerCase();
  return kind === 'realisasi' || kind === 'target' ? kind : new Problem('jenis', 'Jenis harus "realisasi" atau "target".');
};

const jenisKelamin: Rule<'jenis_kelamin'> = (text, ctx) => {
  if (text === '') return '';
  const sex = SEX[text.toLowerCase()];
  if (sex === undefined) return new Problem('jenis-kelamin', 'Jenis kelamin harus L, P, atau kosong (semua).');
  if (!ctx.allows.has('jenis_kelamin')) {
    return new Problem(
      'disagregasi',
      `Indikator ${ctx.indicator.id} tidak dirinci menurut jenis kelamin. Kosongkan sel ini, atau tambahkan jenis_kelamin ke disagregasi di data/indicators.yml.`,
    );
  }
  return sex;
};

const kelompokUmur: Rule<'kelompok_umur'> = (text, ctx) => {
  if (text === '') return '';
  const age = text.replace(/[\u2013\u2014]/g, '-').replace(/\s+/g, '');
  if (!AGE.test(age)) return new Problem('kelompok-umur', 'Kelompok umur ditulis seperti 0-17, 13-17 atau 60+, atau kosong (semua umur).');
  if (!ctx.allows.has('kelompok_umur'))
    return new Problem('disagregasi', `Indikator ${ctx.indicator.id} tidak dirinci menurut kelompok umur. Kosongkan sel ini.`, age);
  return age;
};

const kategori: Rule<'kategori'> = (text, ctx) => {
  if (text === '') return '';
  if (!ctx.allows.has('kategori'))
    return new Problem('disagregasi', `Indikator ${ctx.indicator.id} tidak punya kategori. Kosongkan sel ini.`);
  if (ctx.categories && !ctx.categories.has(text))
    return new Problem('kategori', `Kategori tidak dikenal. Pilihan: ${[...ctx.categories].join(', ')}.`);
  return text;
};

/** The indicator's series a row belongs to (`seri` in data/indicators.yml); empty: its main series. */
const seri: Rule<'seri'> = (text, ctx) => {
  if (text === '') return '';
  const codes = ctx.indicator.seri?.map((s) => s.kode) ?? [];
  if (codes.length === 0)
    return new Problem(
      'seri',
      `Indikator ${ctx.indicator.id} hanya punya satu seri. Kosongkan sel ini, atau tambahkan daftar \`seri\` pada indikator di data/indicators.yml.`,
    );
  return codes.includes(text)
    ? text
    : new Problem('seri', `Seri tidak dikenal. Pilihan: ${codes.join(', ')}, atau kosong untuk seri utama.`);
};

const status: Rule<'status'> = (text) => {
  const value = text === '' ? '' : text.toLowerCase().replace(/\s+/g, '_');
  return value === '' || (STATUSES as readonly string[]).includes(value)
    ? (value as Status)
    : new Problem('status', `Status harus kosong atau salah satu dari: ${STATUSES.join(', ')}.`);
};

/** A number for angka and jumlah indicators, a tier of the year's scheme for ordinal ones. */
const nilai: Rule<'nilai'> = (text, ctx, row) => {
  if (text === '') {
    if (row.status === 'belum_tersedia' || row.status === 'disembunyikan') return null;
    return new Problem(
      'nilai-kosong',
      'Nilai kosong. Isi nilainya, atau tulis belum_tersedia di kolom status. Jangan menulis 0 untuk data yang tidak ada.',
    );
  }
  if (row.status === 'belum_tersedia')
    return new Problem(
      'status',
      'Status belum_tersedia tetapi nilai terisi. Kosongkan nilainya atau hapus statusnya.',
      row.status,
      'status',
    );
  const { indicator } = ctx;
  if (indicator.tipe === 'angka' || indicator.tipe === 'jumlah') return numberValue(text, indicator);
  return row.tahun < 0 ? null : tierValue(text, ctx, row.tahun);
};

/**
 * The reading of a number cell that fits the indicator: a count is whole and at least 0, a value lies
 * in the catalogue's `rentang`. A cell that two readings fit ("91.366" where both 91366 and 91.366 are
 * in range) is refused with both, never guessed.
 */
function numberValue(text: string, indicator: Indicator): number | Problem {
  const readings = numberReadings(text);
  if (readings.length === 0) {
    const message =
      'Bukan angka. Tulis angka seperti 53,02 atau 91.366; untuk data yang tidak ada, kosongkan nilai dan tulis belum_tersedia di kolom status.';
    return new Problem('angka', message);
  }
  const whole = indicator.tipe === 'jumlah';
  const [min, max] = indicator.rentang ?? [-Infinity, null];
  const fits = readings.filter(
    (r) => (!whole || (Number.isInteger(r.value) && r.value >= 0)) && r.value >= min && (max === null || r.value <= max),
  );
  if (fits.length === 1) return fits[0]!.value;
  if (fits.length > 1) {
    const [a, b] = fits.map((r) => ID_NUMBER.format(r.value));
    const message = `"${text}" bisa dibaca ${a} (titik pemisah ribuan) atau ${b} (titik sebagai koma desimal), keduanya mungkin untuk indikator ini. Tulis desimal dengan koma (mis. 0,379) dan ribuan tanpa titik (mis. 91366).`;
    return new Problem('angka-ganda', message);
  }
  const first = readings[0]!.value;
  if (whole && first < 0) return new Problem('jumlah-negatif', 'Jumlah tidak boleh negatif. Periksa tanda minus.');
  if (whole && readings.every((r) => !Number.isInteger(r.value)))
    return new Problem('bilangan-bulat', 'Jumlah harus bilangan bulat (tanpa pecahan).');
  const range = `${ID_NUMBER.format(min)}–${max === null ? 'tak terbatas' : ID_NUMBER.format(max)}`;
  const message = `Nilai di luar rentang ${range} indikator ${indicator.id} (data/indicators.yml, rentang). Periksa salah ketik, tanda minus, dan pemisah desimal (koma, bukan titik).`;
  return new Problem('rentang', message);
}

const ID_NUMBER = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 6 });

function tierValue(text: string, ctx: RuleContext, year: number): string | Problem {
  const tiers = ctx.tiersFor(year);
  if (!tiers)
    return new Problem(
      'peringkat',
      `Tidak ada skema peringkat ${ctx.indicator.skema} untuk tahun ${year} (data/indicators.yml, bagian skema).`,
    );
  const wanted = text.toLowerCase();
  const tier = tiers.find((t) => t.kode.toLowerCase() === wanted);
  if (!tier)
    return new Problem(
      'peringkat',
      `"${text}" bukan peringkat yang sah pada tahun ${year}. Pilihan: ${tiers.map((t) => t.kode).join(', ')}.`,
    );
  return tier.kode;
}

/** One source id, or several separated by spaces where sources print the same figure. */
const sumber: Rule<'sumber'> = (text, ctx) => {
  if (ctx.sources.has(text)) return text;
  if (text === '') return new Problem('sumber', 'Sumber kosong. Setiap nilai harus menyebut sumbernya: id dari data/sources.yml.');
  const ids = text.split(/\s+/);
  const unknown = ids.filter((id) => !ctx.sources.has(id));
  if (ids.length > 1 && unknown.length < ids.length)
    return unknown.length === 0
      ? ids.join(' ')
      : new Problem(
          'sumber',
          `Sumber "${unknown.join('", "')}" tidak ada di data/sources.yml. Tambahkan di sana lebih dulu, atau perbaiki ejaannya.`,
        );
  return new Problem('sumber', 'Sumber tidak ada di data/sources.yml. Tambahkan sumbernya di sana lebih dulu, atau perbaiki ejaannya.');
};

const freeText = (text: string): string => text;

/** The achievement ratio a source prints beside a realised value, in percent (written as in Indonesia: 117,53). */
const capaianSumber: Rule<'capaian_sumber'> = (text, _ctx, row) => {
  if (text === '') return null;
  if (row.jenis !== 'realisasi')
    return new Problem('capaian-sumber', 'Capaian dari sumber hanya untuk baris realisasi. Kosongkan sel ini pada baris target.');
  const parsed = parseIdNumber(text);
  return !parsed.ok || !Number.isFinite(parsed.value)
    ? new Problem('capaian-sumber', 'Bukan angka. Tulis rasio capaian yang dicetak sumber dalam persen, mis. 117,53, atau kosongkan.')
    : parsed.value;
};

/**
 * One rule per column, in the order they run: each column's field of the row, and its rule. `nilai`
 * comes after `tahun` and `status`, which it reads.
 */
export const VALUE_RULES = {
  kode_wilayah: kode,
  tahun,
  jenis,
  jenis_kelamin: jenisKelamin,
  kelompok_umur: kelompokUmur,
  kategori,
  seri,
  status,
  nilai,
  sumber,
  lokasi: freeText,
  catatan: freeText,
  capaian_sumber: capaianSumber,
} satisfies Record<Column, Rule<keyof Fields>>;
