/**
 * The value files' stage: reads one data/values/<id>.csv, validates every row, refuses duplicate cells,
 * and sets achievement against targets and tier ranks.
 *
 *   await streamIndicator(path, ind, loaded, sourceIds, log, out)   // rows go straight to out, never held
 *   await readIndicator(path, ind, loaded, sourceIds, log, (row) => rows.push(row))
 */
import { readValues, type ValueRow } from '../datasets/values.ts';
import { regionIndex } from '../datasets/wilayah.ts';
import { achievement, tierAchievement } from '../lib/derive/achievement.ts';
import { IssueLog } from '../lib/issues.ts';
import { publish, type PublishedRow } from '../lib/published.ts';
import type { Catalog, Indicator } from '../lib/schema.ts';
import { tierRank, tiersFor } from '../lib/tiers.ts';
import type { IndicatorOutput } from './publish.ts';
import type { Loaded } from './types.ts';

/**
 * Reads and validates one value file and hands on each valid row; returns how many. A key may repeat
 * only when every row of it is disputed.
 */
export async function readIndicator(path: string, ind: Indicator, loaded: Loaded, sourceIds: ReadonlySet<string>, log: IssueLog, onRow: (row: ValueRow) => void): Promise<number> {
  const label = `data/values/${ind.id}.csv`;
  const scheme = ind.skema ? loaded.catalog.skema[ind.skema] : undefined;
  const seen = new DuplicateKeys(loaded.regions, loaded.config.tahun);
  let count = 0;
  const context = {
    label,
    indicator: ind,
    regions: loaded.regions,
    sources: sourceIds,
    years: loaded.config.tahun,
    tiersFor: (year: number) => (scheme ? tiersFor(scheme, year) : null),
    log,
  };
  await readValues(path, context, (row) => {
    const disputed = row.status === 'diperdebatkan';
    const first = seen.check(row, disputed);
    if (first !== null && (first % 2 === 0 || !disputed)) {
      log.error({
        file: label,
        row: row.baris,
        column: 'kode_wilayah',
        value: [row.kode, row.tahun, row.jk, row.ku, row.kat, row.jenis].filter((v) => v !== '').join(' '),
        rule: 'kunci-ganda',
        message: `Nilai yang sama (wilayah, tahun, rincian, jenis) sudah ada di baris ${Math.floor(first / 2)}. Hapus salah satunya; bila dua sumber berbeda, tulis diperdebatkan di kolom status kedua baris.`,
      });
      return;
    }
    count += 1;
    onRow(row);
  });
  return count;
}

/**
 * Which value cells a file has already given, each with the first row's spreadsheet row × 2, plus 1 when
 * it is disputed. The usual cell (no age group or category) is one number, area × year × jenis × sex,
 * so a national file's million keys are numbers in one table rather than a million strings.
 */
class DuplicateKeys {
  private readonly numeric = new IntTable();
  private readonly text = new Map<string, number>();
  private readonly index: ReadonlyMap<string, number>;
  private lastKode = '\u0000';
  private lastArea = 0;
  private readonly first: number;
  private readonly span: number;

  constructor(regions: ReadonlyMap<string, unknown>, years: { min: number; max: number }) {
    this.index = regionIndex(regions);
    this.first = years.min;
    this.span = years.max - years.min + 1;
  }

  /** Records the row's cell and returns null, or returns what the cell's first row recorded. */
  check(row: ValueRow, disputed: boolean): number | null {
    const mark = row.baris * 2 + (disputed ? 1 : 0);
    if (row.ku === '' && row.kat === '') {
      // Rows of one area mostly come together: its position is looked up once.
      if (row.kode !== this.lastKode) {
        this.lastKode = row.kode;
        this.lastArea = this.index.get(row.kode)!;
      }
      const key = ((this.lastArea * this.span + row.tahun - this.first) * 2 + (row.jenis === 'target' ? 1 : 0)) * 3 + (row.jk === '' ? 0 : row.jk === 'L' ? 1 : 2);
      if (key <= IntTable.MAX && mark <= IntTable.MAX) {
        const first = this.numeric.putIfAbsent(key, mark);
        return first === -1 ? null : first;
      }
    }
    const key = `${row.kode}|${row.tahun}|${row.jk}|${row.ku}|${row.kat}|${row.jenis}`;
    const first = this.text.get(key);
    if (first === undefined) this.text.set(key, mark);
    return first ?? null;
  }
}

/**
 * A map from non-negative 31-bit integers to non-negative 31-bit integers in typed arrays: no object
 * per entry, so a million keys cost the collector nothing. Keys that arrive in ascending order (a
 * file sorted as data/wilayah.csv is, the usual case) are appended to a sorted list, which needs no
 * hashing; any other key is looked up there by bisection and kept in a hash table (open addressing,
 * linear probing). A key above every key so far cannot be in either, so the usual key costs one
 * comparison.
 */
export class IntTable {
  static readonly MAX = 0x7fffffff;
  private sortedKeys = new Int32Array(1 << 12);
  private sortedValues = new Int32Array(1 << 12);
  private sorted = 0;
  private keys = new Int32Array(1 << 12).fill(-1);
  private values = new Int32Array(1 << 12);
  private size = 0;

  /** Stores value under key unless the key is there already; returns the stored value, or -1 when it was new. */
  putIfAbsent(key: number, value: number): number {
    const n = this.sorted;
    if (n === 0 || key > this.sortedKeys[n - 1]!) {
      if (n === this.sortedKeys.length) this.growSorted();
      this.sortedKeys[n] = key;
      this.sortedValues[n] = value;
      this.sorted = n + 1;
      return -1;
    }
    const at = this.find(key);
    if (at !== -1) return this.sortedValues[at]!;
    return this.hashPut(key, value);
  }

  /** Position of key in the sorted list, -1 when absent. */
  private find(key: number): number {
    let lo = 0;
    let hi = this.sorted - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = this.sortedKeys[mid]!;
      if (k === key) return mid;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private hashPut(key: number, value: number): number {
    let mask = this.keys.length - 1;
    if (this.size * 2 >= mask) mask = this.grow();
    for (let i = (key ^ (key >>> 20)) & mask; ; i = (i + 1) & mask) {
      const k = this.keys[i]!;
      if (k === key) return this.values[i]!;
      if (k === -1) {
        this.keys[i] = key;
        this.values[i] = value;
        this.size += 1;
        return -1;
      }
    }
  }

  private growSorted(): void {
    const keys = new Int32Array(this.sortedKeys.length * 2);
    const values = new Int32Array(this.sortedKeys.length * 2);
    keys.set(this.sortedKeys);
    values.set(this.sortedValues);
    this.sortedKeys = keys;
    this.sortedValues = values;
  }

  private grow(): number {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    for (let j = 0; j < keys.length; j++) {
      const key = keys[j]!;
      if (key === -1) continue;
      let i = (key ^ (key >>> 20)) & mask;
      while (this.keys[i] !== -1) i = (i + 1) & mask;
      this.keys[i] = key;
      this.values[i] = values[j]!;
    }
    return mask;
  }
}

export type Ranker = (year: number, code: string) => number | null;

/** The cell a value belongs to: area, year and breakdown (a target and its realisation share it). */
const cellKey = (r: PublishedRow): string => `${r.kode}|${r.tahun}|${r.jk}|${r.ku}|${r.kat}`;

/** Keeps a row as its cell's target when it is one with a value and the cell has none yet (the first wins). */
function keepTarget(targets: Map<string, PublishedRow>, r: PublishedRow): void {
  if (r.jenis !== 'target' || r.nilai === null) return;
  const key = cellKey(r);
  if (!targets.has(key)) targets.set(key, r);
}

export function targetsOf(rows: readonly PublishedRow[]): Map<string, PublishedRow> {
  const targets = new Map<string, PublishedRow>();
  for (const r of rows) keepTarget(targets, r);
  return targets;
}

/** Sets achievement against the target of the same cell and the tier rank of an ordinal value, in place. */
export function achieve(r: PublishedRow, targets: ReadonlyMap<string, PublishedRow>, ind: Indicator, rank: Ranker | null): void {
  const urutan = rank && typeof r.nilai === 'string' ? rank(r.tahun, r.nilai) : null;
  const target = targets.size > 0 && r.jenis === 'realisasi' && r.nilai !== null ? targets.get(cellKey(r)) : undefined;
  let capaian: number | null = null;
  let tercapai: boolean | null = null;
  if (target && typeof r.nilai === 'number' && typeof target.nilai === 'number') {
    ({ persen: capaian, tercapai } = achievement(r.nilai, target.nilai, ind.polaritas));
  } else if (target && rank && urutan !== null && typeof target.nilai === 'string') {
    const targetRank = rank(target.tahun, target.nilai);
    if (targetRank !== null) tercapai = tierAchievement(urutan, targetRank).tercapai;
  }
  publish(r, { capaian, tercapai, urutan });
}

export function rankerOf(catalog: Catalog, ind: Indicator): Ranker | null {
  const scheme = ind.skema ? catalog.skema[ind.skema] : undefined;
  return scheme ? (year, code) => tierRank(scheme, year, code) : null;
}

/**
 * Streams one value file to its outputs (or only validates it when `out` is null) and returns how many
 * valid rows it has. Achievement needs each value's target, which may come later in the file: when the
 * file has targets, a second pass rewrites the outputs (files with targets are small: the Renstra's).
 */
export async function streamIndicator(path: string, ind: Indicator, loaded: Loaded, sourceIds: ReadonlySet<string>, log: IssueLog, out: IndicatorOutput | null): Promise<number> {
  const rank = rankerOf(loaded.catalog, ind);
  const targets = new Map<string, PublishedRow>();
  const rows = await readIndicator(path, ind, loaded, sourceIds, log, (r) => {
    keepTarget(targets, r);
    if (out === null || log.hasErrors) return;
    if (rank && typeof r.nilai === 'string') r.urutan = rank(r.tahun, r.nilai);
    out.add(r, r.teks);
  });
  if (targets.size === 0 || out === null || log.hasErrors) return rows;
  out.restart();
  await readIndicator(path, ind, loaded, sourceIds, new IssueLog(), (r) => {
    achieve(r, targets, ind, rank);
    out.add(r, r.teks);
  });
  return rows;
}
