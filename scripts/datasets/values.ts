/**
 * A row of data/values/<indicator-id>.csv through the column rules of value-rules.ts: parseRow runs
 * each column's rule over its cell, in VALUE_RULES order, and gives the row or every problem of it.
 *
 *   const steps = fileSteps(header)   // once per file: where each column is
 *   parseRow(['19.02', '2022', 'realisasi', '53,42', 'bps'], steps, 2, ctx) -> { kode: '19.02', tahun: 2022, nilai: 53.42, … }
 */
import type { ValueRow } from '../lib/rows.ts';
import type { Column } from './value-header.ts';
import { Problem, VALUE_RULES, type Fields, type Rule, type RuleContext } from './value-rules.ts';

export { ruleContext, type RuleContext } from './value-rules.ts';

/** The rules whose answer depends on the cell and the file alone, not on the row's other cells. */
const CELL_ONLY: ReadonlySet<Column> = new Set([
  'kode_wilayah',
  'jenis',
  'jenis_kelamin',
  'kelompok_umur',
  'kategori',
  'status',
  'sumber',
  'lokasi',
  'catatan',
]);

/**
 * One column of a file as parseRow runs it: where its cells are, its rule, and, for a cell-only rule,
 * the last cell it saw with its answer.
 */
export interface Step<K extends keyof Fields = keyof Fields> {
  column: Column;
  /** Position among a row's cells; -1 where the file has no such column (the cell reads as ''). */
  index: number;
  rule: Rule<K>;
  remembers: boolean;
  lastText: string | null;
  lastAnswer: Fields[K] | Problem | null;
}

/** Each column's step in one file. */
export type Steps = { [C in Column]: Step };

/**
 * The steps of one file, for the columns at the positions its header gave. A cell-only rule is run
 * again only when its cell differs from the row before's: consecutive rows mostly repeat their area,
 * breakdown, status and source, so a national file checks each run once, and the rows of a run share
 * one string per field instead of a copy each.
 *
 *   fileSteps(new Map([['kode_wilayah', 0], ['tahun', 1], …])).tahun -> { column: 'tahun', index: 1, rule, … }
 */
export function fileSteps(positions: ReadonlyMap<Column, number>): Steps {
  const step = (column: Column): Step => ({
    column,
    index: positions.get(column) ?? -1,
    rule: VALUE_RULES[column] as Rule<keyof Fields>,
    remembers: CELL_ONLY.has(column),
    lastText: null,
    lastAnswer: null,
  });
  return Object.fromEntries((Object.keys(VALUE_RULES) as Column[]).map((c) => [c, step(c)])) as Steps;
}

/** A cell's text without surrounding spaces; '' where the file has no such column or the row stops short. */
function cellText(cells: readonly string[], i: number): string {
  const cell = i < 0 ? undefined : cells[i];
  if (cell === undefined || cell === '') return '';
  // Most cells have nothing to trim: two character codes cost less than trim() on every cell.
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(cell.length - 1);
  return first > 32 && last > 32 && first < 127 && last < 127 ? cell : cell.trim();
}

/** A refused cell of one row, for the caller to report with its file and row. */
export interface CellProblem {
  column: Column;
  value: string;
  rule: string;
  message: string;
}

/**
 * Runs a file's steps over one row's cells, column after column in VALUE_RULES order, and returns the
 * row, or every problem of it.
 *
 *   parseRow(['19.02', '2022', 'realisasi', '53,42', 'bps'], fileSteps(header), 2, ctx) -> { kode: '19.02', tahun: 2022, nilai: 53.42, … }
 */
export function parseRow(cells: readonly string[], s: Steps, baris: number, ctx: RuleContext): ValueRow | CellProblem[] {
  // Every field is there from the start, in the published order, so all rows share one shape. A year
  // stays -1 until its rule accepts it (the rule of nilai reads it).
  const row: ValueRow = {
    kode: '',
    tahun: -1,
    jenis_kelamin: '',
    kelompok_umur: '',
    kategori: '',
    jenis: 'realisasi',
    nilai: null,
    status: '',
    sumber: '',
    lokasi: '',
    catatan: '',
    capaian: null,
    tercapai: null,
    urutan: null,
    asal: 'data',
    baris,
  };
  const out: Outcome = { problems: null };
  row.kode = (run(s.kode_wilayah, cells, row, ctx, out) as ValueRow['kode'] | undefined) ?? row.kode;
  row.tahun = (run(s.tahun, cells, row, ctx, out) as ValueRow['tahun'] | undefined) ?? row.tahun;
  row.jenis = (run(s.jenis, cells, row, ctx, out) as ValueRow['jenis'] | undefined) ?? row.jenis;
  row.jenis_kelamin = (run(s.jenis_kelamin, cells, row, ctx, out) as ValueRow['jenis_kelamin'] | undefined) ?? row.jenis_kelamin;
  row.kelompok_umur = (run(s.kelompok_umur, cells, row, ctx, out) as string | undefined) ?? row.kelompok_umur;
  row.kategori = (run(s.kategori, cells, row, ctx, out) as string | undefined) ?? row.kategori;
  row.status = (run(s.status, cells, row, ctx, out) as ValueRow['status'] | undefined) ?? row.status;
  row.nilai = (run(s.nilai, cells, row, ctx, out) as ValueRow['nilai'] | undefined) ?? null;
  row.sumber = (run(s.sumber, cells, row, ctx, out) as string | undefined) ?? row.sumber;
  row.lokasi = (run(s.lokasi, cells, row, ctx, out) as string | undefined) ?? row.lokasi;
  row.catatan = (run(s.catatan, cells, row, ctx, out) as string | undefined) ?? row.catatan;
  return out.problems ?? row;
}

interface Outcome {
  problems: CellProblem[] | null;
}

/** One column's rule over its cell: the value, or undefined with the problem added to `out`. */
function run(step: Step, cells: readonly string[], row: ValueRow, ctx: RuleContext, out: Outcome): unknown {
  const text = cellText(cells, step.index);
  let value: unknown;
  if (step.remembers && text === step.lastText) {
    value = step.lastAnswer;
  } else {
    value = step.rule(text, ctx, row);
    step.lastText = text;
    step.lastAnswer = value as Step['lastAnswer'];
  }
  if (!(value instanceof Problem)) return value;
  (out.problems ??= []).push({ column: value.column ?? step.column, value: value.value ?? text, rule: value.rule, message: value.message });
  return undefined;
}
