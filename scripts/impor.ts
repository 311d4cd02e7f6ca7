/**
 * `npm run impor -- <berkas>.xlsx`: a filled OPD template (scripts/datasets/xlsx.ts) into data/values/.
 *
 * Each filled sheet is read as the text of a value file and checked by the rules every CSV goes through
 * (stages/read.ts), so a cell gets the same error it would in a CSV, named by workbook, sheet, row and
 * column. Then each sheet is merged into data/values/<id>.csv — a row of the same area, year, breakdown,
 * kind and source replaces the old one, any other row is added — and the merged file is checked again
 * (a second source for the same cell is refused as in any CSV). Only when everything passes are the files
 * written; otherwise nothing changes.
 *
 *   const result = await importWorkbook('isian-dinkes.xlsx', { dataDir: 'data' })
 *     -> { ok: true, log, files: [{ file: 'data/values/penduduk.csv', added: 3, replaced: 1 }] }
 */
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import Papa from 'papaparse';
import type { Indicator } from '../src/model/catalog.ts';
import { readFilledWorkbook, templateColumns } from './datasets/xlsx.ts';
import { normaliseHeader } from './datasets/value-header.ts';
import { loadWilayah } from './datasets/wilayah.ts';
import { formatIssueTable, IssueLog } from './lib/issues.ts';
import { loadMeta } from './stages/meta.ts';
import { readValueFile } from './stages/read.ts';
import type { Loaded } from './stages/types.ts';

export interface ImportResult {
  ok: boolean;
  log: IssueLog;
  files: Array<{ file: string; added: number; replaced: number }>;
}

const SEX: Record<string, string> = { l: 'L', p: 'P', 'laki-laki': 'L', laki: 'L', perempuan: 'P', lk: 'L', pr: 'P' };
const KEY_COLUMNS = ['kode_wilayah', 'tahun', 'jenis_kelamin', 'kelompok_umur', 'kategori', 'jenis', 'sumber'] as const;

/** The cell a row speaks of, with its source: rows with the same key are the same figure from the same source. */
function rowKey(get: (column: string) => string): string {
  return KEY_COLUMNS.map((c) => {
    const v = get(c).trim();
    if (c === 'jenis_kelamin') return SEX[v.toLowerCase()] ?? v;
    return c === 'jenis' ? v.toLowerCase() : v;
  }).join('\u0000');
}

interface Parsed {
  header: string[];
  rows: Array<{ cells: string[]; start: number; end: number }>;
}

/** The rows of a value file with where each begins and ends in the text (so a replaced row is cut out as written). */
function parseWithSpans(text: string): Parsed {
  const rows: Parsed['rows'] = [];
  let header: string[] | null = null;
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter: ';',
    skipEmptyLines: false,
    step: (res) => {
      const end = res.meta.cursor;
      const cells = res.data;
      if (header === null) header = cells;
      else if (cells.some((c) => c.trim() !== '')) rows.push({ cells, start, end });
      start = end;
    },
  });
  return { header: header ?? [], rows };
}

function csvField(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The merged text of a value file and how many rows were added and replaced. */
function merge(existing: string | null, sheetCsv: string, ind: Indicator): { text: string; added: number; replaced: number } {
  const sheet = parseWithSpans(sheetCsv);
  const sheetHeader = sheet.header.map(normaliseHeader);
  const incoming = sheet.rows.map((r) => new Map(sheetHeader.map((h, i) => [h, r.cells[i] ?? ''])));
  const base = existing ?? `${templateColumns(ind).join(';')}\n`;
  const old = parseWithSpans(base);
  let header = old.header.map(normaliseHeader);
  // A breakdown the file has no column for yet: the column is added to every row.
  const missing = sheetHeader.filter((h) => h !== '' && !header.includes(h) && incoming.some((r) => (r.get(h) ?? '').trim() !== ''));
  let body = base;
  if (missing.length > 0) {
    header = [...header, ...missing];
    body = `${Papa.unparse([header, ...old.rows.map((r) => [...r.cells, ...missing.map(() => '')])], { delimiter: ';', newline: '\n' })}\n`;
  }
  const parsed = parseWithSpans(body);
  const keys = new Set(incoming.map((r) => rowKey((c) => r.get(c) ?? '')));
  const kept: string[] = [];
  let cursor = 0;
  let replaced = 0;
  for (const row of parsed.rows) {
    const key = rowKey((c) => row.cells[header.indexOf(c)] ?? '');
    if (keys.has(key)) {
      kept.push(body.slice(cursor, row.start));
      cursor = row.end;
      replaced++;
    }
  }
  kept.push(body.slice(cursor));
  let text = kept.join('');
  if (!text.endsWith('\n')) text += '\n';
  text += incoming.map((r) => `${header.map((h) => csvField(r.get(h) ?? '')).join(';')}\n`).join('');
  return { text, added: incoming.length - replaced, replaced };
}

export async function importWorkbook(path: string, options: { dataDir: string }): Promise<ImportResult> {
  const log = new IssueLog();
  const files: ImportResult['files'] = [];
  const meta = loadMeta(options.dataDir, log);
  if (!meta) return { ok: false, log, files };
  const regions = await loadWilayah(join(options.dataDir, 'wilayah.csv'), 'data/wilayah.csv', meta.config, log);
  if (log.hasErrors) return { ok: false, log, files };
  const loaded: Loaded = { ...meta, regions };
  const book = basename(path);
  let sheets;
  try {
    sheets = await readFilledWorkbook(path);
  } catch (err) {
    log.error({
      file: book,
      rule: 'xlsx',
      message: `Berkas tidak bisa dibaca sebagai .xlsx (${(err as Error).message}). Simpan ulang dari Excel sebagai "Excel Workbook (.xlsx)".`,
    });
    return { ok: false, log, files };
  }
  const tmp = mkdtempSync(join(tmpdir(), 'siga-impor-'));
  try {
    const writes: Write[] = [];
    for (const sheet of sheets) {
      if (sheet.rows === 0) continue;
      const write = await checkSheet(sheet, `${book} › ${sheet.sheet}`, { loaded, log, tmp, dataDir: options.dataDir });
      if (write) writes.push(write);
    }
    if (sheets.every((s) => s.rows === 0))
      log.error({
        file: book,
        rule: 'berkas-kosong',
        message: 'Tidak ada lembar data yang terisi. Isi paling sedikit satu baris di bawah judul kolom.',
      });
    if (log.hasErrors) return { ok: false, log, files };
    // Everything passed: now write, each file through a temporary name so none is left half written.
    for (const w of writes) {
      writeFileSync(`${w.target}.impor`, w.text);
      renameSync(`${w.target}.impor`, w.target);
      files.push({ file: `data/values/${basename(w.target)}`, added: w.added, replaced: w.replaced });
    }
    return { ok: true, log, files };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

type Write = { target: string; text: string; added: number; replaced: number };

/**
 * One filled sheet through the value-file rules, then the value file it would make (the sheet merged into
 * data/values/<id>.csv) through them again; what to write, or null with the problems logged.
 */
async function checkSheet(
  sheet: { indicator: string; csv: string },
  label: string,
  { loaded, log, tmp, dataDir }: { loaded: Loaded; log: IssueLog; tmp: string; dataDir: string },
): Promise<Write | null> {
  const ind = loaded.catalog.indikator.find((i) => i.id === sheet.indicator);
  if (!ind || ind.turunan) {
    log.error({
      file: label,
      rule: 'lembar',
      message: ind
        ? `Indikator ${ind.id} dihitung portal dari indikator lain; lembar ini tidak perlu diisi. Hapus isinya.`
        : `Lembar ini bukan indikator di data/indicators.yml. Pakai templat terbaru dari halaman OPD di portal, tanpa mengganti nama lembar.`,
    });
    return null;
  }
  const sheetFile = join(tmp, `${ind.id}.lembar.csv`);
  writeFileSync(sheetFile, sheet.csv);
  await readValueFile(sheetFile, ind, loaded, log, undefined, label);
  if (log.hasErrors) return null;
  const target = join(dataDir, 'values', `${ind.id}.csv`);
  const merged = merge(existsSync(target) ? readFileSync(target, 'utf8') : null, sheet.csv, ind);
  const mergedFile = join(tmp, `${ind.id}.csv`);
  writeFileSync(mergedFile, merged.text);
  await readValueFile(mergedFile, ind, loaded, log);
  return { target, ...merged };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const dataAt = args.indexOf('--data');
  const dataDir = resolve(dataAt >= 0 ? args[dataAt + 1]! : join(import.meta.dirname, '..', 'data'));
  const file = args.find((a, i) => !a.startsWith('--') && (dataAt < 0 || i !== dataAt + 1));
  if (!file || !existsSync(file)) {
    console.error(file ? `Berkas ${file} tidak ada.` : 'Pakai: npm run impor -- <berkas>.xlsx');
    process.exitCode = 1;
    return;
  }
  const result = await importWorkbook(resolve(file), { dataDir });
  if (!result.ok) {
    console.error(`\nData TIDAK dimasukkan: ${result.log.errors.length} masalah ditemukan. Tidak ada berkas yang diubah.`);
    console.error('berkas:baris:kolom  nilai  aturan  pesan');
    console.error(formatIssueTable(result.log.errors));
    for (const o of result.log.omitted()) console.error(`… dan ${o.count} masalah "${o.rule}" lain di ${o.file}`);
    process.exitCode = 1;
    return;
  }
  for (const f of result.files) console.log(`${f.file}: ${f.added} baris baru, ${f.replaced} baris diganti.`);
  console.log('Selanjutnya: jalankan `npm run build`, periksa perubahan yang dicetaknya, lalu terbitkan dist/.');
  if (result.files.some((f) => f.replaced > 0))
    console.log('Ada angka yang diganti: bila angka lama sudah pernah terbit, catat perbaikannya di data/koreksi.yml.');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((err: unknown) => {
    console.error('Kesalahan tak terduga saat memasukkan data:', err);
    process.exitCode = 2;
  });
}
