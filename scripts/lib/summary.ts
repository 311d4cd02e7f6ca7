/**
 * The headline of one indicator for the root region: its latest realised value, the target that goes
 * with it, the years and levels that have data.
 *
 *   const b = new SummaryBuilder('19.02'); for (const r of rows) b.add(r, regions.get(r.kode)?.level);
 *   b.result() -> { terakhir: { tahun: 2022, nilai: 53.42, status: 'diperdebatkan', … },
 *              lain: [the 53.02 row], target: { tahun: 2022, nilai: 46.35 }, tahun: [2010, 2026], … }
 *
 * Only rows for "all" (no sex, age or category split) count as the headline. Among disputed rows of the
 * same year, the first in the file is the headline and the others are returned in `lain`.
 * The builder takes the rows one at a time (a national file is never held) and keeps only the root
 * region's rows.
 */
import { publishedFields, type PublishedRow } from './published.ts';

export interface Summary {
  terakhir: PublishedRow | null;
  /** True when any realised value exists for the root region or a region inside it. */
  ada_data: boolean;
  lain: PublishedRow[];
  /** Where the root region has no total, its latest values split by sex only (L and P). */
  menurut_jk: PublishedRow[];
  target: PublishedRow | null;
  tahun: [number, number] | null;
  level: string[];
  jumlah_baris: number;
}

const isTotal = (r: PublishedRow): boolean => r.jk === '' && r.ku === '' && r.kat === '';
const LEVELS = ['nasional', 'provinsi', 'kabupaten', 'kecamatan', 'desa'];

export class SummaryBuilder {
  private readonly root: PublishedRow[] = [];
  private readonly levels = new Set<string>();
  private readonly inside: string;
  private min = Infinity;
  private max = -Infinity;
  private count = 0;
  private adaData = false;
  private lastLevel: string | undefined;

  constructor(private readonly rootCode: string) {
    this.inside = `${rootCode}.`;
  }

  /** `level` is the row's area level (kabupaten, desa…), undefined for an unknown code. */
  add(r: PublishedRow, level: string | undefined): void {
    this.count += 1;
    if (r.tahun < this.min) this.min = r.tahun;
    if (r.tahun > this.max) this.max = r.tahun;
    // Consecutive rows mostly share their level: the set is only touched when it changes.
    if (level && level !== this.lastLevel) {
      this.levels.add(level);
      this.lastLevel = level;
    }
    if (r.kode === this.rootCode) this.root.push(r);
    if (!this.adaData && r.jenis === 'realisasi' && r.nilai !== null && (r.kode === this.rootCode || r.kode.startsWith(this.inside))) this.adaData = true;
  }

  result(): Summary {
    const totals = this.root.filter(isTotal);
    const realised = totals.filter((r) => r.jenis === 'realisasi' && r.nilai !== null);
    const latestYear = realised.reduce((max, r) => Math.max(max, r.tahun), -Infinity);
    const sameYear = realised.filter((r) => r.tahun === latestYear);
    const terakhir = sameYear[0] ?? null;
    const targets = totals.filter((r) => r.jenis === 'target' && r.nilai !== null);
    const target = terakhir ? (targets.find((t) => t.tahun === terakhir.tahun) ?? null) : null;
    let menurut_jk: PublishedRow[] = [];
    if (!terakhir) {
      const bySex = this.root.filter((r) => r.jenis === 'realisasi' && r.nilai !== null && r.jk !== '' && r.ku === '' && r.kat === '');
      const year = bySex.reduce((m, r) => Math.max(m, r.tahun), -Infinity);
      menurut_jk = bySex.filter((r) => r.tahun === year);
    }
    return {
      terakhir: terakhir && publishedFields(terakhir),
      ada_data: this.adaData,
      lain: sameYear.slice(1).map(publishedFields),
      menurut_jk: menurut_jk.map(publishedFields),
      target: target && publishedFields(target),
      tahun: this.count ? [this.min, this.max] : null,
      level: LEVELS.filter((l) => this.levels.has(l)),
      jumlah_baris: this.count,
    };
  }
}
