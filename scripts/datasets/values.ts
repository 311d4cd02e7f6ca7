/**
 * data/values/<indicator-id>.csv: tidy values of one indicator, one row per value.
 *
 *   kode_wilayah;tahun;jenis_kelamin;kelompok_umur;kategori;jenis;nilai;status;sumber;lokasi;catatan
 *   19.02;2022;;;;realisasi;53,42;diperdebatkan;renstra-t4.1;baris 8914;…
 *
 * Rows are checked one by one as they stream in (a national file has close to a million rows), so this
 * validator is plain code rather than a zod object schema: it runs per row, allocates one object, and
 * reports every problem with file, row, column and a fix. Empty disaggregation cells mean "all".
 */
import { readCsv } from '../lib/csv.ts';
import { readHeader, type Column } from './value-header.ts';
import type { IssueLog } from '../lib/issues.ts';
import { isShortestNumberText, parseIdNumber } from '../lib/number.ts';
import type { PublishedRow } from '../lib/published.ts';
import type { Indicator, Tier } from '../lib/schema.ts';
import type { Region } from './wilayah.ts';

export const STATUSES = ['belum_tersedia', 'disembunyikan', 'diperdebatkan', 'sementara'] as const;
export type Status = (typeof STATUSES)[number] | '';

/**
 * One validated row. It already carries the fields the pipeline derives later (achievement, tier rank,
 * origin), set to null, so that deriving fills the same object instead of copying a million of them.
 */
export interface ValueRow extends PublishedRow {
  jk: '' | 'L' | 'P';
  status: Status;
  /** Spreadsheet row number in the source file. */
  baris: number;
  /**
   * The cell itself when it is the text String() gives for the number with a comma for the point
   * (isShortestNumberText); null otherwise. Writers copy it with the comma turned into a point. Only
   * for writing the row straight from its file: a stage that changes `nilai` ignores it.
   */
  teks: string | null;
}

export interface ValueContext {
  label: string;
  indicator: Indicator;
  regions: Map<string, Region>;
  sources: ReadonlySet<string>;
  years: { min: number; max: number };
  tiersFor(year: number): readonly Tier[] | null;
  log: IssueLog;
}

const SEX: Record<string, 'L' | 'P'> = { l: 'L', p: 'P', 'laki-laki': 'L', laki: 'L', perempuan: 'P', lk: 'L', pr: 'P' };
const AGE = /^(\d{1,3}-\d{1,3}|\d{1,3}\+)$/;

export async function readValues(path: string, ctx: ValueContext, onRow: (row: ValueRow) => void): Promise<{ rows: number }> {
  const { label, indicator, log } = ctx;
  const index = new Map<Column, number>();
  let width = 0;
  let headerOk = false;
  const categories = indicator.kategori ? new Set(indicator.kategori.map((k) => k.kode)) : null;
  const allows = new Set(indicator.disagregasi);
  const levels = new Set(indicator.level_wilayah);
  const numeric = indicator.tipe === 'angka' || indicator.tipe === 'jumlah';
  const prepared: Prepared = { categories, allows, levels, numeric, last: { kode: '\u0000', region: undefined, ok: false }, lastSumber: '\u0000' };
  let at: Positions | undefined;

  const result = await readCsv(path, {
    onHeader(header) {
      width = header.length;
      const found = readHeader(header, label, log);
      if (found) for (const [column, i] of found) index.set(column, i);
      headerOk = found !== null;
      return headerOk;
    },
    onRow(cells, baris) {
      if (cells.length > width) {
        log.error({
          file: label,
          row: baris,
          column: `#${width + 1}`,
          value: cells[width],
          rule: 'jumlah-sel',
          message: `Baris ini punya ${cells.length} sel, judul kolom hanya ${width}. Biasanya karena koma desimal di berkas berpemisah koma: simpan sebagai CSV berpemisah titik koma (;) atau beri tanda kutip pada angka.`,
        });
        return;
      }
      at ??= positions(index);
      const row = parseRow(cells, baris, at, ctx, prepared);
      if (row) onRow(row);
    },
  });
  if (result.notUtf8) {
    log.error({ file: label, rule: 'utf8', message: 'Berkas bukan UTF-8 (mungkin disimpan sebagai "CSV" biasa dari Excel). Simpan ulang dengan "CSV UTF-8 (Comma delimited)".' });
  }
  if (result.empty || (headerOk && result.rows === 0)) {
    log.error({ file: label, rule: 'berkas-kosong', message: result.empty ? 'Berkas kosong. Isi baris judul kolom dan paling sedikit satu baris data, atau hapus berkasnya.' : 'Berkas hanya berisi judul kolom. Tambahkan paling sedikit satu baris data, atau hapus berkasnya.' });
  }
  return { rows: result.rows };
}

interface Prepared {
  categories: Set<string> | null;
  allows: Set<string>;
  levels: Set<string>;
  numeric: boolean;
  /** The previous row's area and whether it passed, and the last source found in sources.yml. */
  last: { kode: string; region: Region | undefined; ok: boolean };
  lastSumber: string;
}

/** Column positions, -1 where the file has no such column: looked up once per file, not per row. */
interface Positions {
  kode: number;
  tahun: number;
  jenis: number;
  nilai: number;
  sumber: number;
  jk: number;
  ku: number;
  kat: number;
  status: number;
  lokasi: number;
  catatan: number;
}

function positions(index: Map<Column, number>): Positions {
  const at = (c: Column): number => index.get(c) ?? -1;
  return {
    kode: at('kode_wilayah'), tahun: at('tahun'), jenis: at('jenis'), nilai: at('nilai'), sumber: at('sumber'), jk: at('jenis_kelamin'),
    ku: at('kelompok_umur'), kat: at('kategori'), status: at('status'), lokasi: at('lokasi'), catatan: at('catatan'),
  };
}

function take(cells: string[], i: number): string {
  if (i < 0) return '';
  const v = cells[i];
  if (v === undefined || v === '') return '';
  // A cell that starts and ends with a printable ASCII character has nothing to trim (the usual cell):
  // checked here because trim() costs more than two character codes, eleven times a row.
  const first = v.charCodeAt(0);
  const last = v.charCodeAt(v.length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 ? v : v.trim();
}

/** Four digits as a number, NaN for anything else: "2024" -> 2024, "24" or "2024 " -> NaN. */
function yearOf(text: string): number {
  if (text.length !== 4) return NaN;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    year = year * 10 + c;
  }
  return year;
}

function report(ctx: ValueContext, baris: number, column: Column, value: string, rule: string, message: string): void {
  ctx.log.error({ file: ctx.label, row: baris, column, value, rule, message });
}

// Written as straight-line code without per-row closures: it runs once per row of a national file.
function parseRow(cells: string[], baris: number, at: Positions, ctx: ValueContext, p: Prepared): ValueRow | null {
  const { indicator } = ctx;
  let ok = true;

  const kode = take(cells, at.kode);
  // Rows of one area mostly come together (a desa's years): its lookup and level check are done once.
  const same = kode === p.last.kode;
  const region = same ? p.last.region : ctx.regions.get(kode);
  if (same && p.last.ok) {
    // checked on the area's first row
  } else if (region === undefined) {
    const mangled = /^\d{2}\.\d$/.test(kode) || /^\d{2}\.\d{2}\.\d$/.test(kode);
    report(ctx, baris, 'kode_wilayah', kode, 'kode-wilayah', kode === ''
      ? 'Kode wilayah kosong. Isi kode Kemendagri dari data/wilayah.csv, mis. 19.02.'
      : `Kode wilayah tidak dikenal. Pakai kode dari data/wilayah.csv, mis. 19.02 (kabupaten) atau 19.02.05.2001 (desa).${mangled ? ' Excel mungkin membuang angka 0 di belakang titik: format kolom sebagai Teks.' : ''}`);
    ok = false;
  } else if (!p.levels.has(region.level)) {
    const protect = indicator.kekerasan && region.level === 'desa';
    report(ctx, baris, 'kode_wilayah', kode, 'level-wilayah', protect
      ? 'Data kekerasan tidak boleh di tingkat desa/kelurahan: angka sekecil itu dapat mengenali korban. Jumlahkan ke tingkat kecamatan atau kabupaten.'
      : `Indikator ${indicator.id} hanya untuk tingkat ${indicator.level_wilayah.join(', ')}; ${region.nama} adalah ${region.tingkat}.`);
    ok = false;
  }

  if (!same) p.last = { kode, region, ok };

  const tahunText = take(cells, at.tahun);
  const tahun = yearOf(tahunText);
  if (Number.isNaN(tahun)) {
    report(ctx, baris, 'tahun', tahunText, 'tahun', 'Tahun harus empat angka, mis. 2024.');
    ok = false;
  } else if (tahun < ctx.years.min || tahun > ctx.years.max) {
    report(ctx, baris, 'tahun', tahunText, 'tahun', `Tahun di luar rentang ${ctx.years.min}–${ctx.years.max} (data/config.yml). Periksa salah ketik.`);
    ok = false;
  }

  const jenisRaw = take(cells, at.jenis);
  const jenis = jenisRaw === 'realisasi' || jenisRaw === 'target' ? jenisRaw : jenisRaw.toLowerCase();
  if (jenis !== 'realisasi' && jenis !== 'target') {
    report(ctx, baris, 'jenis', jenisRaw, 'jenis', 'Jenis harus "realisasi" atau "target".');
    ok = false;
  }

  const jkText = take(cells, at.jk);
  const jk = jkText === '' ? '' : SEX[jkText.toLowerCase()];
  if (jk === undefined) {
    report(ctx, baris, 'jenis_kelamin', jkText, 'jenis-kelamin', 'Jenis kelamin harus L, P, atau kosong (semua).');
    ok = false;
  } else if (jk !== '' && !p.allows.has('jenis_kelamin')) {
    report(ctx, baris, 'jenis_kelamin', jkText, 'disagregasi', `Indikator ${indicator.id} tidak dirinci menurut jenis kelamin. Kosongkan sel ini, atau tambahkan jenis_kelamin ke disagregasi di data/indicators.yml.`);
    ok = false;
  }

  const kuRaw = take(cells, at.ku);
  let ku = kuRaw;
  if (ku !== '') {
    ku = ku.replace(/[\u2013\u2014]/g, '-').replace(/\s+/g, '');
    if (!AGE.test(ku)) {
      report(ctx, baris, 'kelompok_umur', kuRaw, 'kelompok-umur', 'Kelompok umur ditulis seperti 0-17, 13-17 atau 60+, atau kosong (semua umur).');
      ok = false;
    } else if (!p.allows.has('kelompok_umur')) {
      report(ctx, baris, 'kelompok_umur', ku, 'disagregasi', `Indikator ${indicator.id} tidak dirinci menurut kelompok umur. Kosongkan sel ini.`);
      ok = false;
    }
  }

  const kat = take(cells, at.kat);
  if (kat !== '') {
    if (!p.allows.has('kategori')) {
      report(ctx, baris, 'kategori', kat, 'disagregasi', `Indikator ${indicator.id} tidak punya kategori. Kosongkan sel ini.`);
      ok = false;
    } else if (p.categories && !p.categories.has(kat)) {
      report(ctx, baris, 'kategori', kat, 'kategori', `Kategori tidak dikenal. Pilihan: ${[...p.categories].join(', ')}.`);
      ok = false;
    }
  }

  const statusRaw = take(cells, at.status);
  const status = (statusRaw === '' ? '' : statusRaw.toLowerCase().replace(/\s+/g, '_')) as Status;
  if (status !== '' && !(STATUSES as readonly string[]).includes(status)) {
    report(ctx, baris, 'status', statusRaw, 'status', `Status harus kosong atau salah satu dari: ${STATUSES.join(', ')}.`);
    ok = false;
  }

  const nilaiText = take(cells, at.nilai);
  let nilai: number | string | null = null;
  let teks: string | null = null;
  if (nilaiText === '') {
    if (status !== 'belum_tersedia' && status !== 'disembunyikan') {
      report(ctx, baris, 'nilai', nilaiText, 'nilai-kosong', 'Nilai kosong. Isi nilainya, atau tulis belum_tersedia di kolom status. Jangan menulis 0 untuk data yang tidak ada.');
      ok = false;
    }
  } else if (status === 'belum_tersedia') {
    report(ctx, baris, 'status', statusRaw, 'status', 'Status belum_tersedia tetapi nilai terisi. Kosongkan nilainya atau hapus statusnya.');
    ok = false;
  } else if (p.numeric) {
    // parseIdNumber reads the plain shapes first; a cell in shortest form is kept for the writers.
    const parsed = parseIdNumber(nilaiText);
    if (parsed.ok && isShortestNumberText(nilaiText)) teks = nilaiText;
    if (!parsed.ok) {
      report(ctx, baris, 'nilai', nilaiText, 'angka', 'Bukan angka. Tulis angka seperti 53,02 atau 91.366; untuk data yang tidak ada, kosongkan nilai dan tulis belum_tersedia di kolom status.');
      ok = false;
    } else if (indicator.tipe === 'jumlah' && parsed.value < 0) {
      report(ctx, baris, 'nilai', nilaiText, 'jumlah-negatif', 'Jumlah tidak boleh negatif. Periksa tanda minus.');
      ok = false;
    } else if (indicator.tipe === 'jumlah' && !Number.isInteger(parsed.value)) {
      report(ctx, baris, 'nilai', nilaiText, 'bilangan-bulat', 'Jumlah harus bilangan bulat (tanpa pecahan).');
      ok = false;
    } else {
      nilai = parsed.value;
    }
  } else if (!Number.isNaN(tahun)) {
    const tiers = ctx.tiersFor(tahun);
    const wanted = nilaiText.toLowerCase();
    const tier = tiers?.find((t) => t.kode.toLowerCase() === wanted);
    if (!tiers) {
      report(ctx, baris, 'nilai', nilaiText, 'tingkat', `Tidak ada skema tingkat ${indicator.skema} untuk tahun ${tahun} (data/indicators.yml, bagian skema).`);
      ok = false;
    } else if (!tier) {
      report(ctx, baris, 'nilai', nilaiText, 'tingkat', `"${nilaiText}" bukan tingkat yang sah pada tahun ${tahun}. Pilihan: ${tiers.map((t) => t.kode).join(', ')}.`);
      ok = false;
    } else {
      nilai = tier.kode;
    }
  }

  const sumber = take(cells, at.sumber);
  if (sumber === p.lastSumber) {
    // a known source, as on the row before
  } else if (ctx.sources.has(sumber)) {
    p.lastSumber = sumber;
  } else {
    report(ctx, baris, 'sumber', sumber, 'sumber', sumber === ''
      ? 'Sumber kosong. Setiap nilai harus menyebut sumbernya: id dari data/sources.yml.'
      : 'Sumber tidak ada di data/sources.yml. Tambahkan sumbernya di sana lebih dulu, atau perbaiki ejaannya.');
    ok = false;
  }

  if (!ok) return null;
  return {
    kode,
    tahun,
    jk: jk as ValueRow['jk'],
    ku,
    kat,
    jenis: jenis as ValueRow['jenis'],
    nilai,
    status,
    sumber,
    lokasi: take(cells, at.lokasi),
    catatan: take(cells, at.catatan),
    capaian: null,
    tercapai: null,
    urutan: null,
    asal: 'data',
    baris,
    teks,
  };
}
