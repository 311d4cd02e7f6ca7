/**
 * Which value cells a file has already given: the plain interface is `check(row, disputed)`, which
 * records the row's cell (area, year, breakdown, series, jenis) and returns null, or returns what the cell's
 * first row recorded (its spreadsheet row × 2, plus 1 when disputed). A Map of text keys does the same
 * (tests/scripts/fast/duplicate-cells.test.ts holds the two to the same answers); this one keeps a
 * national file's million keys as numbers in typed arrays.
 *
 *   const seen = new DuplicateCells(regions, { min: 2000, max: 2035 })
 *   seen.check(row, false)   // null the first time, then 2 × row + (disputed ? 1 : 0) of the first
 */
import { regionIndex } from '../lib/region-index.ts';
import type { ValueRow } from '../lib/rows.ts';

/**
 * The cells seen so far. The usual cell (no age group or category) is one number, area × year × jenis × sex,
 * so a national file's million keys are numbers in one table rather than a million strings.
 */
export class DuplicateCells {
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
    if (row.kelompok_umur === '' && row.kategori === '' && row.seri === '') {
      // Rows of one area mostly come together: its position is looked up once.
      if (row.kode !== this.lastKode) {
        this.lastKode = row.kode;
        this.lastArea = this.index.get(row.kode)!;
      }
      const key =
        ((this.lastArea * this.span + row.tahun - this.first) * 2 + (row.jenis === 'target' ? 1 : 0)) * 3 +
        (row.jenis_kelamin === '' ? 0 : row.jenis_kelamin === 'L' ? 1 : 2);
      if (key <= IntTable.MAX && mark <= IntTable.MAX) {
        const first = this.numeric.putIfAbsent(key, mark);
        return first === -1 ? null : first;
      }
    }
    const key = `${row.kode}|${row.tahun}|${row.jenis_kelamin}|${row.kelompok_umur}|${row.kategori}|${row.seri}|${row.jenis}`;
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
