/**
 * data/kekerasan/*.csv: aggregate counts of violence against women and children, as exported from
 * SIMFONI-PPA or the UPTD PPA. Never a case: one row is a count of victims for a year, an area
 * (the kabupaten or a kecamatan, never a desa) and optional splits; an empty split means "all".
 *
 *   tahun;kode_wilayah;jenis_kekerasan;jenis_kelamin_korban;kelompok_umur_korban;jumlah;sumber
 *   2024;19.02.05;seksual;P;13-17;3;simfoni-2024
 *
 * A column that could identify a person (name, NIK, address, birth date, phone, free-text chronology)
 * refuses the whole build: such a file must never be in the repository.
 */
import { readCsv } from '../fast/csv-reader.ts';
import { checkLines } from '../lib/csv-lines.ts';
import type { IssueLog } from '../lib/issues.ts';
import { parseIdNumber } from '../lib/number.ts';
import { normaliseHeader } from './value-header.ts';
import type { Region } from '../../src/model/region.ts';
import type { ViolenceRow } from '../lib/rows.ts';
import { PLACES, RELATIONS, VICTIM_AGES, VIOLENCE_TYPES } from '../../src/model/violence.ts';

const REQUIRED = ['tahun', 'kode_wilayah', 'jenis_kekerasan', 'jenis_kelamin_korban', 'kelompok_umur_korban', 'jumlah', 'sumber'] as const;
const OPTIONAL = ['tempat_kejadian', 'hubungan_pelaku'] as const;
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];

/** Column names that may identify a victim (or carry free text that can): refused outright. */
const IDENTIFYING =
  /^(nama|nik|no_?ktp|ktp|kk|no_?kk|alamat|rt|rw|dusun|jalan|tanggal_lahir|tgl_lahir|tempat_lahir|lahir|umur_tahun|usia|telepon|telp|no_?hp|hp|wa|whatsapp|email|kronologi|kronologis|keterangan|catatan|uraian|deskripsi|nama_korban|nama_pelaku|identitas|sekolah_korban|foto)(_.*)?$/;

export interface ViolenceContext {
  label: string;
  rootCode: string;
  regions: ReadonlyMap<string, Region>;
  sources: ReadonlySet<string>;
  years: { min: number; max: number };
  log: IssueLog;
}

export async function readViolence(path: string, ctx: ViolenceContext, onRow: (row: ViolenceRow) => void): Promise<void> {
  const { label, log } = ctx;
  let index: Map<Column, number> | null = null;
  let columns: string[] = [];
  const result = await readCsv(path, {
    onHeader(header) {
      columns = header;
      index = violenceHeader(header, label, log);
      return index !== null;
    },
    onRow(cells, baris) {
      const cell = (c: Column): string => {
        const i = index!.get(c);
        return i === undefined ? '' : (cells[i] ?? '').trim();
      };
      const read = violenceRow(cell, ctx);
      if (!Array.isArray(read)) return onRow({ ...read, file: label, baris });
      for (const p of read) log.error({ file: label, row: baris, ...p });
    },
  });
  if (!result.empty && (index !== null || result.quoteProblems.length > 0)) checkLines(result, columns, label, log);
  if (result.notUtf8) log.error({ file: label, rule: 'utf8', message: 'Berkas bukan UTF-8. Simpan ulang dengan "CSV UTF-8".' });
  if (result.empty || (index !== null && result.rows === 0)) {
    log.error({ file: label, rule: 'berkas-kosong', message: 'Berkas kosong. Isi baris judul dan data, atau hapus berkasnya.' });
  }
}

/** Which column is where; null (with the problems logged) when a column identifies a victim, is unknown or is missing. */
function violenceHeader(header: readonly string[], label: string, log: IssueLog): Map<Column, number> | null {
  const index = new Map<Column, number>();
  const problem = (column: string, rule: string, message: string): void => log.error({ file: label, row: 1, column, rule, message });
  let ok = true;
  header.forEach((cell, i) => {
    const name = normaliseHeader(cell);
    const known = (REQUIRED as readonly string[]).includes(name) || (OPTIONAL as readonly string[]).includes(name);
    if (known && !IDENTIFYING.test(name)) return void index.set(name as Column, i);
    ok = false;
    if (IDENTIFYING.test(name)) {
      const message = `Kolom "${cell.trim()}" dapat mengenali korban dan tidak boleh ada di data kekerasan. Hapus kolom ini dari berkas (dan dari riwayat git): data kekerasan hanya boleh berupa jumlah agregat.`;
      problem(cell.trim(), 'identitas', message);
    } else {
      problem(
        cell.trim(),
        'kolom-asing',
        `Kolom "${cell.trim()}" tidak dikenal. Kolom yang boleh: ${[...REQUIRED, ...OPTIONAL].join(', ')}.`,
      );
    }
  });
  for (const c of REQUIRED) {
    if (index.has(c)) continue;
    problem(c, 'kolom-hilang', `Kolom wajib "${c}" tidak ada. Tambahkan kolom itu di baris judul.`);
    ok = false;
  }
  return ok ? index : null;
}

type CellProblem = { column: Column; value: string; rule: string; message: string };

/** One row's count with its splits, or every problem of it. */
function violenceRow(cell: (c: Column) => string, ctx: ViolenceContext): Omit<ViolenceRow, 'file' | 'baris'> | CellProblem[] {
  const problems: CellProblem[] = [];
  const fail = (column: Column, value: string, rule: string, message: string): void => void problems.push({ column, value, rule, message });
  const kode = cell('kode_wilayah');
  const area = areaProblem(kode, ctx);
  if (area) fail('kode_wilayah', kode, area.rule, area.message);
  const tahunText = cell('tahun');
  const tahun = /^\d{4}$/.test(tahunText) ? Number(tahunText) : NaN;
  if (Number.isNaN(tahun) || tahun < ctx.years.min || tahun > ctx.years.max) {
    fail('tahun', tahunText, 'tahun', `Tahun harus empat angka dalam rentang ${ctx.years.min}–${ctx.years.max}.`);
  }
  const pick = (column: Column, domain: readonly string[], what: string): string => {
    const v = splitValue(column, cell(column));
    if (v !== '' && !domain.includes(v))
      fail(column, cell(column), 'kategori', `${what} harus kosong (semua) atau salah satu dari: ${domain.join(', ')}.`);
    return v;
  };
  const jenis = pick('jenis_kekerasan', VIOLENCE_TYPES, 'Jenis kekerasan');
  const jk = pick('jenis_kelamin_korban', ['L', 'P'], 'Jenis kelamin korban');
  const ku = pick('kelompok_umur_korban', VICTIM_AGES, 'Kelompok umur korban');
  const tempat = pick('tempat_kejadian', PLACES, 'Tempat kejadian');
  const hubungan = pick('hubungan_pelaku', RELATIONS, 'Hubungan dengan pelaku');
  const jumlahText = cell('jumlah');
  const jumlah = parseIdNumber(jumlahText);
  if (!jumlah.ok || !Number.isInteger(jumlah.value)) {
    const message =
      'Jumlah harus bilangan bulat, mis. 12. Kombinasi yang tidak ada datanya: jangan tulis barisnya (jangan isi 0 kecuali sumbernya menyatakan nol).';
    fail('jumlah', jumlahText, 'angka', message);
  } else if (jumlah.value < 0) fail('jumlah', jumlahText, 'jumlah-negatif', 'Jumlah tidak boleh negatif.');
  const sumber = cell('sumber');
  if (!ctx.sources.has(sumber))
    fail('sumber', sumber, 'sumber', 'Sumber tidak ada di data/sources.yml. Tambahkan sumbernya di sana lebih dulu.');
  if (problems.length > 0 || !jumlah.ok) return problems;
  return { tahun, kode, jenis, jk, ku, tempat, hubungan, jumlah: jumlah.value, sumber };
}

/** Why an area cannot hold violence counts (unknown, a desa, outside the portal's kabupaten), or null. */
function areaProblem(kode: string, ctx: ViolenceContext): { rule: string; message: string } | null {
  const region = ctx.regions.get(kode);
  if (!region)
    return { rule: 'kode-wilayah', message: 'Kode wilayah tidak dikenal. Pakai kode kabupaten atau kecamatan dari data/wilayah.csv.' };
  if (region.level === 'desa') {
    const message =
      'Data kekerasan tidak boleh di tingkat desa/kelurahan: angka sekecil itu dapat mengenali korban. Jumlahkan ke tingkat kecamatan atau kabupaten.';
    return { rule: 'level-wilayah', message };
  }
  if (kode === ctx.rootCode || (region.level === 'kecamatan' && kode.startsWith(`${ctx.rootCode}.`))) return null;
  return { rule: 'level-wilayah', message: `Data kekerasan hanya untuk kabupaten ${ctx.rootCode} dan kecamatannya.` };
}

/** A split's cell as its domain writes it: sex in capitals, the rest in lower case with _ (age groups with -). */
function splitValue(column: Column, raw: string): string {
  if (column === 'jenis_kelamin_korban') return raw.toUpperCase();
  return raw
    .toLowerCase()
    .replace(/[\s-]+/g, column === 'kelompok_umur_korban' ? '-' : '_')
    .replace(/[\u2013\u2014]/g, '-');
}
