/**
 * Data requests to OPDs as spreadsheets: the template of what one agency owes (one sheet per catalogue
 * indicator of its elements, the value file's columns with drop-down lists, instructions in Indonesian),
 * and the way back — each filled sheet turned into the text of a value file, so `npm run impor` checks it
 * with the very rules of data/values/*.csv (stages/read.ts).
 *
 *   await templateWorkbook({ agency, indicators, regions, sources, date })   -> xlsx bytes
 *   await readFilledWorkbook('isian-dinkes.xlsx')   -> [{ sheet: 'penduduk', indicator: 'penduduk', csv: 'kode_wilayah;tahun;…', rows: 3 }]
 */
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import type { Indicator, Source } from '../../src/model/catalog.ts';
import type { SiteAgency } from '../../src/model/opd.ts';
import type { Region } from '../../src/model/region.ts';
import { tiersFor } from '../../src/model/tiers.ts';
import type { Catalog } from '../../src/model/catalog.ts';

/** The sheets that are not data: instructions, lists, and the map from sheet names to indicator ids. */
export const GUIDE_SHEET = 'Petunjuk';
export const LIST_SHEET = 'Daftar';
export const INDEX_SHEET = '_indikator';
/** Rows of a data sheet that carry the drop-down lists. */
const ROWS = 1000;
/** The statuses an agency may write; the others (hidden, disputed, superseded) are the Dinas's to set. */
const AGENCY_STATUSES = ['belum_tersedia', 'sementara'];

/** The value-file columns of an indicator's sheet, in order: only the breakdowns it has. */
export function templateColumns(ind: Indicator): string[] {
  const split = (['jenis_kelamin', 'kelompok_umur', 'kategori'] as const).filter((c) => ind.disagregasi.includes(c));
  const series = ind.seri?.length ? ['seri'] : [];
  return ['kode_wilayah', 'tahun', ...split, ...series, 'jenis', 'nilai', 'status', 'sumber', 'lokasi', 'catatan'];
}

/** A sheet name of at most 31 characters (Excel's limit), unique in the workbook. */
function sheetName(id: string, taken: Set<string>): string {
  let name = id.slice(0, 31);
  for (let i = 2; taken.has(name); i++) name = `${id.slice(0, 31 - String(i).length - 1)}~${i}`;
  taken.add(name);
  return name;
}

const COLUMN_HELP: Record<string, string> = {
  kode_wilayah: 'Kode Kemendagri wilayah: pilih dari daftar (kode — nama). Boleh juga mengetik kodenya saja, mis. {root}.',
  tahun: 'Tahun data, empat angka, mis. 2024.',
  jenis_kelamin: 'L, P, atau kosong untuk laki-laki dan perempuan bersama.',
  kelompok_umur: 'Kelompok umur, mis. 0-17 atau 60+; kosong untuk semua umur.',
  kategori: 'Kategori: pilih dari daftar; kosong untuk semua.',
  seri: 'Seri (metode, sistem pencatatan atau periode survei): pilih dari daftar; kosong untuk seri utama.',
  jenis: 'realisasi (angka yang terjadi) atau target (angka yang direncanakan).',
  nilai: 'Angka, ditulis sebagai angka (koma desimal mengikuti Excel Anda). Kosongkan hanya bila status belum_tersedia.',
  status: 'Kosong untuk angka biasa; belum_tersedia bila datanya belum ada; sementara bila angkanya masih bisa berubah.',
  sumber: 'Dokumen asal angka: pilih id dari daftar. Bila sumbernya belum ada, minta Dinas menambahkannya ke data/sources.yml lebih dulu.',
  lokasi: 'Di mana angka itu ada di sumbernya: halaman, tabel atau baris.',
  catatan: 'Catatan untuk pembaca (boleh kosong).',
};

export interface TemplateInput {
  agency: SiteAgency;
  /** The catalogue entries of the elements it owes that have an indicator (not computed ones). */
  indicators: Indicator[];
  /** Owed elements without an indicator to fill: listed on the guide sheet. */
  without: Array<{ no: number; nama: string; why: string }>;
  elementsOf: (indicatorId: string) => number[];
  regions: ReadonlyMap<string, Region>;
  sources: Record<string, Source>;
  catalog: Pick<Catalog, 'skema'>;
  portal: string;
  /** The release date (YYYY-MM-DD), written as the workbook's date so a rebuild writes the same file. */
  date: string;
}

export async function templateWorkbook(input: TemplateInput): Promise<Uint8Array> {
  // Examples name the portal's own region, whichever kabupaten runs it.
  const root = [...input.regions.values()].find((r) => r.level === 'kabupaten')?.kode ?? '';
  const help = (column: string): string => (COLUMN_HELP[column] ?? '').replace('{root}', root);
  const wb = new ExcelJS.Workbook();
  wb.creator = input.portal;
  wb.created = wb.modified = new Date(`${input.date}T00:00:00Z`);
  const taken = new Set([GUIDE_SHEET, LIST_SHEET, INDEX_SHEET]);
  const names = input.indicators.map((ind) => sheetName(ind.id, taken));
  guideSheet(wb, input, names, help);
  const listOf = listSheet(wb, input);
  const index = wb.addWorksheet(INDEX_SHEET, { state: 'veryHidden' });
  index.addRow(['lembar', 'indikator']);
  input.indicators.forEach((ind, i) => {
    index.addRow([names[i]!, ind.id]);
    dataSheet(wb, ind, names[i]!, listOf, help);
  });
  return fixedDates(new Uint8Array(await wb.xlsx.writeBuffer()), wb.created);
}

/** The first sheet: how to fill the workbook, its data sheets, the owed elements without one, and each column. */
function guideSheet(wb: ExcelJS.Workbook, input: TemplateInput, names: readonly string[], help: (column: string) => string): void {
  const guide = wb.addWorksheet(GUIDE_SHEET);
  guide.columns = [{ width: 30 }, { width: 60 }, { width: 28 }, { width: 22 }];
  const line = (cells: Array<string | number>, bold = false) => {
    const row = guide.addRow(cells);
    row.alignment = { wrapText: true, vertical: 'top' };
    if (bold) row.font = { bold: true };
  };
  guide.addRow([`Templat isian data SIGA — ${input.agency.nama.id}`]).font = { bold: true, size: 14 };
  line([`Disiapkan oleh ${input.portal}, ${input.date}. Isi lembar data di bawah, simpan sebagai .xlsx, lalu kirim kembali ke Dinas.`]);
  line([]);
  line(['Cara mengisi'], true);
  for (const step of GUIDE_STEPS) line(['', step]);
  line([]);
  line(['Lembar data', 'Indikator (satuan, rentang)', 'Rincian', 'Elemen standar SIGA'], true);
  input.indicators.forEach((ind, i) => {
    const range = ind.rentang ? ` ${ind.rentang[0]}–${ind.rentang[1] ?? '…'}` : '';
    line([
      names[i]!,
      `${ind.nama.id} (${ind.satuan.id}${range ? `;${range}` : ''}). ${ind.definisi.id}`,
      ind.disagregasi.join(', ') || 'tanpa rincian',
      input.elementsOf(ind.id).join(', '),
    ]);
  });
  if (input.without.length > 0) {
    line([]);
    line(['Elemen wajib tanpa lembar', 'Mengapa'], true);
    for (const el of input.without) line([`${el.no}. ${el.nama}`, el.why]);
  }
  line([]);
  line(['Kolom', 'Cara mengisi'], true);
  for (const column of Object.keys(COLUMN_HELP)) line([column, help(column)]);
}

const GUIDE_STEPS = [
  'Setiap baris adalah satu angka: satu wilayah, satu tahun, satu rincian.',
  'Jangan mengubah nama lembar dan baris judul kolom (baris 1). Baris yang tidak dipakai biarkan kosong.',
  'Pilih kode wilayah, jenis, status dan sumber dari daftar pilihan di selnya.',
  'Angka yang belum ada: kosongkan nilai dan pilih status belum_tersedia. Jangan menulis 0 untuk angka yang tidak diketahui.',
  'Dinas memasukkan berkas ini dengan perintah `npm run impor -- <berkas>.xlsx`; setiap kesalahan disebut dengan lembar, baris, kolom dan cara memperbaikinya.',
];

/**
 * The sheet of lists the drop-downs read: regions, sources, statuses, and each indicator's categories,
 * series or tiers. Returns each list's cell range by its title (`kategori <id>` for an indicator's own).
 */
function listSheet(wb: ExcelJS.Workbook, input: TemplateInput): Map<string, string> {
  const lists = wb.addWorksheet(LIST_SHEET);
  const columns: Array<{ title: string; values: string[] }> = [
    { title: 'kode_wilayah', values: [...input.regions.values()].map((r) => `${r.kode} — ${r.nama}`) },
    { title: 'jenis', values: ['realisasi', 'target'] },
    { title: 'status', values: AGENCY_STATUSES },
    { title: 'sumber', values: Object.keys(input.sources).sort() },
    { title: 'jenis_kelamin', values: ['L', 'P'] },
  ];
  for (const ind of input.indicators) {
    if (ind.kategori) columns.push({ title: `kategori ${ind.id}`, values: ind.kategori.map((k) => k.kode) });
    if (ind.seri?.length) columns.push({ title: `seri ${ind.id}`, values: ind.seri.map((s) => s.kode) });
    const scheme = ind.skema ? input.catalog.skema[ind.skema] : undefined;
    if (scheme) {
      const tiers = [...new Set(scheme.berlaku.flatMap((b) => tiersFor(scheme, b.dari)?.map((t) => t.kode) ?? []))];
      columns.push({ title: `nilai ${ind.id}`, values: tiers });
    }
  }
  const listOf = new Map<string, string>();
  columns.forEach((c, i) => {
    const col = lists.getColumn(i + 1);
    col.width = Math.min(48, Math.max(14, ...c.values.map((v) => v.length + 2)));
    lists.getCell(1, i + 1).value = c.title;
    lists.getCell(1, i + 1).font = { bold: true };
    c.values.forEach((v, j) => (lists.getCell(j + 2, i + 1).value = v));
    const letter = col.letter;
    listOf.set(c.title, `${LIST_SHEET}!$${letter}$2:$${letter}$${c.values.length + 1}`);
  });
  return listOf;
}

/** Columns whose cells stay text: codes such as 19.10 must not be read by Excel as the number 19.1. */
const TEXT_COLUMNS = new Set(['kode_wilayah', 'sumber', 'lokasi', 'catatan', 'kelompok_umur']);

/** One indicator's sheet: its columns with their help as notes, drop-down lists and a year check. */
function dataSheet(
  wb: ExcelJS.Workbook,
  ind: Indicator,
  name: string,
  listOf: ReadonlyMap<string, string>,
  help: (c: string) => string,
): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  // One validation per column range (exceljs has it at run time; its typings know only the per-cell form).
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  const cols = templateColumns(ind);
  ws.columns = cols.map((c) => ({ header: c, key: c, width: c === 'catatan' || c === 'lokasi' ? 30 : c === 'kode_wilayah' ? 34 : 16 }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  cols.forEach((c, j) => {
    header.getCell(j + 1).note = help(c);
    const letter = ws.getColumn(j + 1).letter;
    const range = `${letter}2:${letter}${ROWS}`;
    if (TEXT_COLUMNS.has(c)) ws.getColumn(j + 1).numFmt = '@';
    const list = c === 'kategori' || c === 'seri' || c === 'nilai' ? listOf.get(`${c} ${ind.id}`) : listOf.get(c);
    const warning = { allowBlank: true, showErrorMessage: true, errorStyle: 'warning' } as const;
    if (list) {
      validations.add(range, {
        ...warning,
        type: 'list',
        formulae: [list],
        showErrorMessage: c !== 'kode_wilayah',
        errorTitle: 'Bukan pilihan daftar',
        error: help(c) || 'Pilih dari daftar.',
      });
    } else if (c === 'tahun') {
      validations.add(range, { ...warning, type: 'whole', operator: 'between', formulae: [1990, 2100], error: help('tahun') });
    }
  });
}

/** The same workbook with every zip entry dated `date`, so a rebuild writes the same bytes (exceljs stamps the clock). */
function fixedDates(xlsx: Uint8Array, date: Date): Uint8Array {
  const entries = unzipSync(xlsx);
  return zipSync(Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, [bytes, { mtime: date }]])), { level: 6 });
}

/** One filled data sheet as the text of a value file: the sheet's row N is the text's line N. */
export interface FilledSheet {
  sheet: string;
  indicator: string;
  csv: string;
  /** Rows with at least one filled cell, below the header. */
  rows: number;
}

/** A cell as the text a CSV would hold: numbers with a decimal comma, formulas by their result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

/** "19.02.01 — Tanjungpandan" (as the drop-down writes it) -> "19.02.01"; anything else unchanged. */
export function regionCell(text: string): string {
  const m = /^\s*(\S+)\s+—\s+.+$/.exec(text);
  return m ? m[1]! : text;
}

function csvField(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export async function readFilledWorkbook(path: string): Promise<FilledSheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ids = new Map<string, string>();
  wb.getWorksheet(INDEX_SHEET)?.eachRow((row, n) => {
    if (n > 1) ids.set(cellText(row.getCell(1).value), cellText(row.getCell(2).value));
  });
  const out: FilledSheet[] = [];
  wb.eachSheet((ws) => {
    if (ws.name === GUIDE_SHEET || ws.name === LIST_SHEET || ws.name === INDEX_SHEET) return;
    const width = ws.getRow(1).cellCount;
    const header = Array.from({ length: width }, (_, j) => cellText(ws.getRow(1).getCell(j + 1).value).trim());
    const regionAt = header.indexOf('kode_wilayah');
    const lines = [header.map(csvField).join(';')];
    let last = 1;
    let rows = 0;
    for (let r = 2; r <= ws.rowCount; r++) {
      const cells = Array.from({ length: width }, (_, j) => cellText(ws.getRow(r).getCell(j + 1).value));
      if (regionAt >= 0) cells[regionAt] = regionCell(cells[regionAt]!);
      const filled = cells.some((c) => c.trim() !== '');
      lines.push(filled ? cells.map(csvField).join(';') : '');
      if (filled) {
        last = r;
        rows++;
      }
    }
    out.push({ sheet: ws.name, indicator: ids.get(ws.name) ?? ws.name, csv: `${lines.slice(0, last).join('\n')}\n`, rows });
  });
  return out;
}
