/**
 * Evidence templates (data/kla/bukti.csv, data/ape/bukti.csv): per indicator and year, whether the
 * evidence exists (tersedia / sebagian / belum; empty = not filled in yet), the document, where it is
 * (a link or an archive reference), the OPD and a note.
 *
 *   indikator;tahun;status;judul_dokumen;tautan;opd;catatan
 *   kla-04;2025;tersedia;Profil Anak Kabupaten Belitung 2025;https://…;Disdukcapil;
 *
 * Every row is checked like any other data file, and a cell that carries what looks like a child's
 * personal data (a NIK-like number, a birth date beside a name) stops the build: such documents are
 * described here, never copied.
 */
import { readCsv } from '../fast/csv-reader.ts';
import { checkLines } from '../lib/csv-lines.ts';
import type { IssueLog } from '../lib/issues.ts';
import { normaliseHeader } from './value-header.ts';
import {
  DRPPA_COLUMNS,
  DRPPA_STATUSES,
  EVIDENCE_COLUMNS,
  EVIDENCE_STATUSES,
  type DrppaRow,
  type Evidence,
  type EvidenceStatus,
} from '../../src/model/kla.ts';
import type { Region } from '../../src/model/region.ts';

type Column = (typeof EVIDENCE_COLUMNS)[number];

export interface EvidenceContext {
  label: string;
  /** Ids the `indikator` column may name, and what they are called in messages. */
  items: ReadonlySet<string>;
  itemsName: string;
  years: { min: number; max: number };
  log: IssueLog;
}

export async function readEvidence(path: string, ctx: EvidenceContext): Promise<Evidence[]> {
  const { label, log } = ctx;
  const rows: Evidence[] = [];
  const first = new Map<string, number>();
  let index: Map<Column, number> | null = null;
  let header: string[] = [];
  const result = await readCsv(path, {
    onHeader(cells) {
      header = cells;
      index = templateHeader(cells, EVIDENCE_COLUMNS, label, log);
      return index !== null;
    },
    onRow(cells, baris) {
      const cell = (c: Column): string => (cells[index!.get(c)!] ?? '').trim();
      const problems = evidenceProblems(cell, ctx);
      for (const p of problems) log.error({ file: label, row: baris, ...p });
      if (problems.length > 0) return;
      const row: Evidence = {
        indikator: cell('indikator'),
        tahun: Number(cell('tahun')),
        status: cell('status').toLowerCase() as EvidenceStatus,
        judul_dokumen: cell('judul_dokumen'),
        tautan: cell('tautan'),
        opd: cell('opd'),
        catatan: cell('catatan'),
      };
      const key = `${row.indikator} ${row.tahun}`;
      const earlier = first.get(key);
      if (earlier !== undefined) {
        const message = `Indikator ${row.indikator} tahun ${row.tahun} sudah ada di baris ${earlier}. Satukan kedua baris (beberapa dokumen boleh ditulis dalam satu sel, dipisah titik koma).`;
        log.error({ file: label, row: baris, column: 'indikator', value: row.indikator, rule: 'kunci-ganda', message });
        return;
      }
      first.set(key, baris);
      rows.push(row);
    },
  });
  if (!result.empty && (index !== null || result.quoteProblems.length > 0)) checkLines(result, header, label, log);
  if (result.notUtf8) log.error({ file: label, rule: 'utf8', message: 'Berkas bukan UTF-8. Simpan ulang dengan "CSV UTF-8".' });
  return rows;
}

/** Which column is where in a template with exactly `columns`; null (with the problems logged) otherwise. */
function templateHeader<C extends string>(
  header: readonly string[],
  columns: readonly C[],
  label: string,
  log: IssueLog,
): Map<C, number> | null {
  const index = new Map<C, number>();
  let ok = true;
  header.forEach((cell, i) => {
    const name = normaliseHeader(cell);
    if ((columns as readonly string[]).includes(name)) return void index.set(name as C, i);
    ok = false;
    log.error({
      file: label,
      row: 1,
      column: cell.trim(),
      rule: 'kolom-asing',
      message: `Kolom "${cell.trim()}" tidak dikenal. Kolom berkas ini: ${columns.join(', ')}.`,
    });
  });
  for (const c of columns) {
    if (index.has(c)) continue;
    ok = false;
    log.error({
      file: label,
      row: 1,
      column: c,
      rule: 'kolom-hilang',
      message: `Kolom "${c}" tidak ada. Tambahkan kolom itu di baris judul.`,
    });
  }
  return ok ? index : null;
}

/**
 * data/kla/drppa.csv (optional): per desa, year and DRPPA indicator, whether it is met.
 *
 *   kode_wilayah;tahun;indikator;status;sumber;catatan
 *   19.02.05.2001;2025;drppa-03;terpenuhi;sk-drppa-2025;
 */
type DrppaContext = {
  label: string;
  items: ReadonlySet<string>;
  regions: ReadonlyMap<string, Region>;
  sources: ReadonlySet<string>;
  years: { min: number; max: number };
  log: IssueLog;
};
type DrppaColumn = (typeof DRPPA_COLUMNS)[number];

export async function readDrppa(path: string, ctx: DrppaContext): Promise<DrppaRow[]> {
  const { label, log } = ctx;
  const rows: DrppaRow[] = [];
  const first = new Map<string, number>();
  let index: Map<DrppaColumn, number> | null = null;
  let header: string[] = [];
  const result = await readCsv(path, {
    onHeader(cells) {
      header = cells;
      index = templateHeader(cells, DRPPA_COLUMNS, label, log);
      return index !== null;
    },
    onRow(cells, baris) {
      const cell = (c: DrppaColumn): string => (cells[index!.get(c)!] ?? '').trim();
      const problems = drppaProblems(cell, ctx);
      for (const p of problems)
        log.error({ file: label, row: baris, column: p.column, value: p.value ?? cell(p.column), rule: p.rule, message: p.message });
      if (problems.length > 0) return;
      const row = { kode: cell('kode_wilayah'), tahun: Number(cell('tahun')), indikator: cell('indikator') };
      const key = `${row.kode} ${row.tahun} ${row.indikator}`;
      if (first.has(key)) {
        const message = `Desa, tahun dan indikator ini sudah ada di baris ${first.get(key)}. Hapus salah satunya.`;
        log.error({ file: label, row: baris, column: 'indikator', value: cell('indikator'), rule: 'kunci-ganda', message });
        return;
      }
      first.set(key, baris);
      rows.push({ ...row, status: cell('status').toLowerCase() as DrppaRow['status'], sumber: cell('sumber'), catatan: cell('catatan') });
    },
  });
  if (!result.empty && (index !== null || result.quoteProblems.length > 0)) checkLines(result, header, label, log);
  if (result.notUtf8) log.error({ file: label, rule: 'utf8', message: 'Berkas bukan UTF-8. Simpan ulang dengan "CSV UTF-8".' });
  return rows;
}

/** Every problem of one DRPPA row, in column order; `value` where the cell itself must not be shown. */
function drppaProblems(
  cell: (c: DrppaColumn) => string,
  ctx: DrppaContext,
): Array<{ column: DrppaColumn; rule: string; message: string; value?: string }> {
  const out: Array<{ column: DrppaColumn; rule: string; message: string; value?: string }> = [];
  if (ctx.regions.get(cell('kode_wilayah'))?.level !== 'desa') {
    const message = 'DRPPA dicatat per desa/kelurahan: pakai kode desa atau kelurahan dari data/wilayah.csv.';
    out.push({ column: 'kode_wilayah', rule: 'kode-wilayah', message });
  }
  const tahun = /^\d{4}$/.test(cell('tahun')) ? Number(cell('tahun')) : NaN;
  if (Number.isNaN(tahun) || tahun < ctx.years.min || tahun > ctx.years.max)
    out.push({ column: 'tahun', rule: 'tahun', message: `Tahun harus empat angka dalam rentang ${ctx.years.min}–${ctx.years.max}.` });
  if (!ctx.items.has(cell('indikator'))) {
    const message = `Indikator DRPPA tidak dikenal. Pakai id dari data/kla/indikator.yml (${[...ctx.items][0]} sampai ${[...ctx.items].at(-1)}).`;
    out.push({ column: 'indikator', rule: 'indikator-bukti', message });
  }
  if (!(DRPPA_STATUSES as readonly string[]).includes(cell('status').toLowerCase()))
    out.push({ column: 'status', rule: 'status-drppa', message: `Status harus salah satu dari: ${DRPPA_STATUSES.join(', ')}.` });
  if (!ctx.sources.has(cell('sumber')))
    out.push({
      column: 'sumber',
      rule: 'sumber',
      message: 'Sumber tidak ada di data/sources.yml. Tambahkan sumbernya di sana lebih dulu.',
    });
  const found = personalData(cell('catatan'));
  if (found) {
    const message = `Sel ini tampaknya memuat data pribadi (${found}). Hapus data pribadinya.`;
    out.push({ column: 'catatan', rule: 'data-pribadi', message, value: '(disembunyikan)' });
  }
  return out;
}

type Problem = { column: Column; value: string; rule: string; message: string };

function evidenceProblems(cell: (c: Column) => string, ctx: EvidenceContext): Problem[] {
  const problems: Problem[] = [];
  const indikator = cell('indikator');
  if (!ctx.items.has(indikator)) {
    const ids = [...ctx.items];
    const known = ids.length > 8 ? `${ids[0]} sampai ${ids.at(-1)}` : ids.join(', ');
    const message = `${ctx.itemsName} "${indikator}" tidak dikenal. Pakai id dari berkas modelnya (${known}).`;
    problems.push({ column: 'indikator', value: indikator, rule: 'indikator-bukti', message });
  }
  const tahunText = cell('tahun');
  const tahun = /^\d{4}$/.test(tahunText) ? Number(tahunText) : NaN;
  if (Number.isNaN(tahun) || tahun < ctx.years.min || tahun > ctx.years.max) {
    problems.push({
      column: 'tahun',
      value: tahunText,
      rule: 'tahun',
      message: `Tahun harus empat angka dalam rentang ${ctx.years.min}–${ctx.years.max}.`,
    });
  }
  const status = cell('status').toLowerCase();
  if (status !== '' && !(EVIDENCE_STATUSES as readonly string[]).includes(status)) {
    const message = `Status harus kosong (belum diisi) atau salah satu dari: ${EVIDENCE_STATUSES.join(', ')}.`;
    problems.push({ column: 'status', value: cell('status'), rule: 'status-bukti', message });
  }
  for (const column of ['judul_dokumen', 'tautan', 'opd', 'catatan'] as const) {
    const found = personalData(cell(column));
    if (found) {
      const message = `Sel ini tampaknya memuat data pribadi anak (${found}). Jangan salin isi dokumen ke sini: tulis judul dokumen dan tempat arsipnya saja, lalu hapus data pribadinya.`;
      problems.push({ column, value: '(disembunyikan)', rule: 'data-pribadi', message });
    }
  }
  return problems;
}

/** Month names as written, with or without a capital. */
const MONTHS = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember']
  .map((m) => `[${m[0]!.toUpperCase()}${m[0]}]${m.slice(1)}`)
  .join('|');
const DATE_TEXT = `(\\d{1,2}[-/.]\\d{1,2}[-/.](19|20)\\d{2}|\\d{1,2} (${MONTHS}) (19|20)\\d{2})`;
const DATE = new RegExp(`\\b${DATE_TEXT}\\b`);
const NAMED_DATE = new RegExp(`\\b[A-Z][a-z]+ [A-Z][a-z]+\\s*[,(]\\s*${DATE_TEXT}`);

/**
 * What in a text looks like a person's data, or null: a run of 16 digits (spaces, dots or dashes
 * between them allowed) as a NIK or family card number has, or a date next to "lahir"/"TTL" or right
 * after a capitalised name ("Siti Aminah, 12-03-2012").
 *
 *   personalData('NIK 1902 0112 0310 0001') -> 'nomor 16 angka seperti NIK'
 */
export function personalData(text: string): string | null {
  if (/(?<!\d)(\d[\s.-]?){15}\d(?!\d)/.test(text)) return 'nomor 16 angka seperti NIK';
  if (DATE.test(text)) {
    if (/\b(lahir|ttl|tgl\.? ?lahir|tanggal lahir)\b/i.test(text)) return 'tanggal lahir';
    if (NAMED_DATE.test(text)) return 'nama dengan tanggal lahir';
  }
  return null;
}
