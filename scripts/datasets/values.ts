/**
 * A row of data/values/<indicator-id>.csv through the column rules of value-rules.ts: parseRow runs
 * each column's rule over its cell, in VALUE_RULES order, and gives the row or every problem of it.
 *
 *   const columns = fileColumns(header)   // once per file: where each column is
 *   parseRow(['19.02', '2022', 'realisasi', '53,42', 'bps'], columns, 2, ctx) -> { kode: '19.02', tahun: 2022, nilai: 53.42, … }
 *
 * Speed: a national file has close to a million rows, and a row mostly repeats the one before but for
 * its year and value (another year of the same desa). Every rule but those two reads its own cell only,
 * so when those cells repeat the last row that passed, their fields are taken from it and only the year
 * and value rules run: a run of rows is checked once, and its rows share their strings.
 */
import type { ValueRow } from '../lib/rows.ts';
import type { Column } from './value-header.ts';
import { Problem, VALUE_RULES, type Fields, type Rule, type RuleContext } from './value-rules.ts';

export { ruleContext, type RuleContext } from './value-rules.ts';

/** The columns whose rules read their own cell only: a row that repeats these cells repeats their fields. */
const CELL_ONLY = [
  'kode_wilayah',
  'jenis',
  'jenis_kelamin',
  'kelompok_umur',
  'kategori',
  'seri',
  'status',
  'sumber',
  'lokasi',
  'catatan',
] as const;

/** Each column's position among a row's cells in one file; -1 where the file has no such column (its cell reads as ''). */
export interface FileColumns {
  at: Readonly<Record<Column, number>>;
  /** The positions of the cell-only columns the file has. */
  repeatable: readonly number[];
}

/** fileColumns(new Map([['kode_wilayah', 0], ['tahun', 1]])) -> { at: { kode_wilayah: 0, tahun: 1, jenis: -1, … }, repeatable: [0] } */
export function fileColumns(positions: ReadonlyMap<Column, number>): FileColumns {
  const at = Object.fromEntries((Object.keys(VALUE_RULES) as Column[]).map((c) => [c, positions.get(c) ?? -1])) as Record<Column, number>;
  return { at, repeatable: CELL_ONLY.map((c) => at[c]).filter((i) => i >= 0) };
}

/** The last row of a file that passed, with its cells. */
export interface Previous {
  cells: readonly string[];
  row: ValueRow;
}

/** A refused cell of one row, for the caller to report with its file and row. */
export interface CellProblem {
  column: Column;
  value: string;
  rule: string;
  message: string;
}

/**
 * Runs the rules over one row's cells and returns the row, or every problem of it. `previous` is the
 * last row of the file that passed (see the speed note above).
 */
export function parseRow(
  cells: readonly string[],
  f: FileColumns,
  baris: number,
  ctx: RuleContext,
  previous?: Previous,
): ValueRow | CellProblem[] {
  const p = previous && repeats(cells, previous.cells, f.repeatable) ? previous.row : null;
  // Every field is there from the start, in the published order, so all rows share one shape. A year
  // stays -1 until its rule accepts it (the rule of nilai reads it).
  const row: ValueRow = {
    kode: p ? p.kode : '',
    tahun: -1,
    jenis_kelamin: p ? p.jenis_kelamin : '',
    kelompok_umur: p ? p.kelompok_umur : '',
    kategori: p ? p.kategori : '',
    seri: p ? p.seri : '',
    jenis: p ? p.jenis : 'realisasi',
    nilai: null,
    status: p ? p.status : '',
    sumber: p ? p.sumber : '',
    lokasi: p ? p.lokasi : '',
    catatan: p ? p.catatan : '',
    capaian: null,
    capaian_sumber: null,
    tercapai: null,
    urutan: null,
    asal: 'data',
    baris,
  };
  const run = new RuleRunner(cells, f, row, ctx);
  if (!p) row.kode = run.column('kode_wilayah') ?? row.kode;
  row.tahun = run.column('tahun') ?? row.tahun;
  if (!p) {
    row.jenis = run.column('jenis') ?? row.jenis;
    row.jenis_kelamin = run.column('jenis_kelamin') ?? row.jenis_kelamin;
    row.kelompok_umur = run.column('kelompok_umur') ?? row.kelompok_umur;
    row.kategori = run.column('kategori') ?? row.kategori;
    row.seri = run.column('seri') ?? row.seri;
    row.status = run.column('status') ?? row.status;
  }
  row.nilai = run.column('nilai') ?? null;
  if (!p) {
    row.sumber = run.column('sumber') ?? row.sumber;
    row.lokasi = run.column('lokasi') ?? row.lokasi;
    row.catatan = run.column('catatan') ?? row.catatan;
  }
  row.capaian_sumber = run.column('capaian_sumber') ?? null;
  return run.problems ?? row;
}

function repeats(cells: readonly string[], before: readonly string[], positions: readonly number[]): boolean {
  for (const i of positions) if (cells[i] !== before[i]) return false;
  return true;
}

/** Runs column rules over one row's cells, gathering the problems. */
class RuleRunner {
  problems: CellProblem[] | null = null;

  constructor(
    private readonly cells: readonly string[],
    private readonly f: FileColumns,
    private readonly row: ValueRow,
    private readonly ctx: RuleContext,
  ) {}

  /** The column's value, or undefined with its problem kept. */
  column<C extends Column>(column: C): ValueByColumn[C] | undefined {
    const text = cellText(this.cells, this.f.at[column]);
    const value = (VALUE_RULES[column] as Rule<keyof Fields>)(text, this.ctx, this.row);
    if (!(value instanceof Problem)) return value as ValueByColumn[C];
    (this.problems ??= []).push({ column: value.column ?? column, value: value.value ?? text, rule: value.rule, message: value.message });
    return undefined;
  }
}

type ValueByColumn = { [C in Column]: Fields[C extends 'kode_wilayah' ? 'kode' : C] };

/** A cell's text without surrounding spaces; '' where the file has no such column or the row stops short. */
function cellText(cells: readonly string[], i: number): string {
  const cell = i < 0 ? undefined : cells[i];
  if (cell === undefined || cell === '') return '';
  // Most cells have nothing to trim: two character codes cost less than trim() on every cell.
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(cell.length - 1);
  return first > 32 && last > 32 && first < 127 && last < 127 ? cell : cell.trim();
}
