/**
 * Read and validate: one data/values/<id>.csv to its valid rows, every problem logged with file, row,
 * column and a fix. A cell (area, year, breakdown, series, jenis) may repeat only when every row of it
 * is disputed: two sources that disagree on the same figure of the same series.
 *
 *   const rows = await readValueFile('data/values/idg.csv', ind, loaded, log)
 *     -> [{ kode: '19.02', tahun: 2019, jenis: 'target', nilai: 42.62, baris: 2, … }, …]
 */
import type { Indicator } from '../../src/model/catalog.ts';
import { readHeader } from '../datasets/value-header.ts';
import { fileColumns, parseRow, ruleContext, type Previous, type RuleContext } from '../datasets/values.ts';
import { readCsv, type CsvReadResult } from '../fast/csv-reader.ts';
import { checkLines } from '../lib/csv-lines.ts';
import { DuplicateCells } from '../fast/duplicate-cells.ts';
import type { IssueLog } from '../lib/issues.ts';
import { decimalMark } from '../lib/number.ts';
import type { ValueRow } from '../lib/rows.ts';
import { tiersFor } from '../../src/model/tiers.ts';
import type { Loaded } from './types.ts';

/** Lines of the value files read so far: all of them, blank ones, and line breaks inside quoted cells. */
export interface LineCounts {
  lines: number;
  blank: number;
  quotedBreaks: number;
}

export const addLines = (to: LineCounts, from: LineCounts): void => {
  to.lines += from.lines;
  to.blank += from.blank;
  to.quotedBreaks += from.quotedBreaks;
};

export async function readValueFile(
  path: string,
  ind: Indicator,
  loaded: Loaded,
  log: IssueLog,
  counts?: LineCounts,
  // What errors name as the file: the value file, or a sheet of an imported workbook (scripts/impor.ts).
  label = `data/values/${ind.id}.csv`,
): Promise<ValueRow[]> {
  const scheme = ind.skema ? loaded.catalog.skema[ind.skema] : undefined;
  const ctx = ruleContext(ind, {
    regions: loaded.regions,
    sources: new Set(Object.keys(loaded.sources)),
    years: loaded.config.tahun,
    tiersFor: (year) => (scheme ? tiersFor(scheme, year) : null),
  });
  const seen = new DuplicateCells(loaded.regions, loaded.config.tahun);
  const rows: ValueRow[] = [];
  const marks = new DecimalMarks();
  const onRow = (row: ValueRow, nilaiText: string): void => {
    // Superseded rows (earlier versions of a plan) are records beside the current value, not a second value of the cell.
    if (row.status !== 'digantikan' && isDuplicate(row, seen, label, log)) return;
    if (typeof row.nilai === 'number') marks.note(nilaiText, row.nilai, row.baris);
    rows.push(row);
  };
  const read = await readRows(path, label, ctx, log, onRow);
  marks.check(label, log);
  if (counts) addLines(counts, read);
  return rows;
}

/** Logs a repeated cell unless every row of it so far is disputed; true when the row is refused. */
function isDuplicate(row: ValueRow, seen: DuplicateCells, label: string, log: IssueLog): boolean {
  const disputed = row.status === 'diperdebatkan';
  const first = seen.check(row, disputed);
  if (first === null || (first % 2 === 1 && disputed)) return false;
  log.error({
    file: label,
    row: row.baris,
    column: 'kode_wilayah',
    value: [row.kode, row.tahun, row.jenis_kelamin, row.kelompok_umur, row.kategori, row.seri, row.jenis].filter((v) => v !== '').join(' '),
    rule: 'kunci-ganda',
    message: `Nilai yang sama (wilayah, tahun, rincian, seri, jenis) sudah ada di baris ${Math.floor(first / 2)}. Hapus salah satunya; bila dua sumber berbeda mencetak angka yang sama dari seri yang sama, tulis diperdebatkan di kolom status kedua baris; bila metode, sistem pencatatan atau periode surveinya berbeda, isi kolom seri.`,
  });
  return true;
}

/** The CSV's rows through the column rules; whole-file problems (encoding, empty file) logged at the end. */
async function readRows(
  path: string,
  label: string,
  ctx: RuleContext,
  log: IssueLog,
  onRow: (row: ValueRow, nilaiText: string) => void,
): Promise<CsvReadResult> {
  let columns = fileColumns(new Map());
  let previous: Previous | undefined;
  let width = 0;
  let headerOk = false;
  let header: string[] = [];
  const result = await readCsv(path, {
    onHeader(cells) {
      header = cells;
      width = cells.length;
      const found = readHeader(cells, label, log);
      if (found) columns = fileColumns(found);
      headerOk = found !== null;
      return headerOk;
    },
    onRow(cells, baris) {
      if (cells.length > width) return tooManyCells(cells, width, baris, label, log);
      const parsed = parseRow(cells, columns, baris, ctx, previous);
      if (!Array.isArray(parsed)) {
        previous = { cells, row: parsed };
        return onRow(parsed, cells[columns.at.nilai] ?? '');
      }
      for (const p of parsed) log.error({ file: label, row: baris, column: p.column, value: p.value, rule: p.rule, message: p.message });
    },
    // A line inside a quoted cell reads as a row when it has a known region code where the file keeps it.
    looksLikeRow: (cells) => ctx.regions.has((cells[columns.at.kode_wilayah] ?? '').trim()),
  });
  if (!result.empty && (headerOk || result.quoteProblems.length > 0)) checkLines(result, header, label, log);
  if (result.notUtf8) {
    log.error({
      file: label,
      rule: 'utf8',
      message: 'Berkas bukan UTF-8 (mungkin disimpan sebagai "CSV" biasa dari Excel). Simpan ulang dengan "CSV UTF-8 (Comma delimited)".',
    });
  }
  if (result.empty || (headerOk && result.rows === 0)) {
    const message = result.empty
      ? 'Berkas kosong. Isi baris judul kolom dan paling sedikit satu baris data, atau hapus berkasnya.'
      : 'Berkas hanya berisi judul kolom. Tambahkan paling sedikit satu baris data, atau hapus berkasnya.';
    log.error({ file: label, rule: 'berkas-kosong', message });
  }
  return result;
}

function tooManyCells(cells: readonly string[], width: number, baris: number, label: string, log: IssueLog): void {
  log.error({
    file: label,
    row: baris,
    column: `#${width + 1}`,
    value: cells[width],
    rule: 'jumlah-sel',
    message: `Baris ini punya ${cells.length} sel, judul kolom hanya ${width}. Biasanya karena koma desimal di berkas berpemisah koma: simpan sebagai CSV berpemisah titik koma (;) atau beri tanda kutip pada angka.`,
  });
}

/**
 * The first cell of a file written with each decimal mark: a file that uses both (an OPD whose Excel
 * runs in English, pasted into an Indonesian one) is refused, naming a cell of each.
 */
class DecimalMarks {
  private readonly first = new Map<',' | '.', { row: number; text: string }>();

  note(text: string, value: number, row: number): void {
    // Most cells are "1234" or "53,02": only a cell with a dot can have been read with an English decimal.
    const mark = text.includes('.') ? decimalMark(text, value) : text.includes(',') ? ',' : null;
    if (mark && !this.first.has(mark)) this.first.set(mark, { row, text: text.trim() });
  }

  check(label: string, log: IssueLog): void {
    const comma = this.first.get(',');
    const dot = this.first.get('.');
    if (!comma || !dot) return;
    const message = `Berkas ini mencampur koma desimal (baris ${comma.row}: "${comma.text}") dan titik desimal (baris ${dot.row}: "${dot.text}"), mungkin dari Excel berbahasa Inggris. Pakai koma desimal di seluruh berkas, mis. ${dot.text.replace('.', ',')}.`;
    log.error({ file: label, row: dot.row, column: 'nilai', value: dot.text, rule: 'pemisah-desimal', message });
  }
}
