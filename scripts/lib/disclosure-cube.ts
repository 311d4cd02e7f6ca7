/**
 * Disclosure control of the aggregate violence data, primary and secondary.
 *
 *   const cube = buildCube(rows, regions, '19.02', log)   // cells + the additive relations between them
 *   suppress(cube, 10)                                     // marks cells 'disembunyikan'
 *
 * Primary: a count of 1 to threshold−1 is hidden in every cell below the kabupaten (kecamatan cells,
 * totals included) and in every kabupaten cell split by more than one variable.
 * Secondary: every relation "parent = sum of children" (a split along one variable, kecamatan adding up
 * to the kabupaten, age groups adding up to children or adult women) is a linear equation a reader can
 * solve. Hidden cells are added until no hidden cell is determined by the published ones: first so that
 * no relation has exactly one hidden cell, then by an exact rank test of the whole system.
 */
import type { Region } from '../../src/model/region.ts';
import { ADULT_AGES, CHILD_AGES, DIMENSIONS, DOMAINS, type CubeCell, type Group } from '../../src/model/violence.ts';
import type { ViolenceRow } from './rows.ts';
import type { IssueLog } from './issues.ts';
import { determinedCells } from './rank-test.ts';

export interface Cube {
  cells: CubeCell[];
  /** parent = sum of children, as indexes into cells. */
  relations: Array<{ parent: number; children: number[] }>;
}

const keyOf = (c: Pick<CubeCell, 'kode' | 'tahun' | 'jenis' | 'jk' | 'ku' | 'tempat' | 'hubungan' | 'kelompok'>): string =>
  [c.kode, c.tahun, c.jenis, c.jk, c.ku, c.tempat, c.hubungan, c.kelompok].join('|');

export function splits(c: CubeCell): number {
  return DIMENSIONS.filter((d) => c[d] !== '').length + (c.kelompok ? 1 : 0);
}

export function buildCube(rows: readonly ViolenceRow[], regions: ReadonlyMap<string, Region>, rootCode: string, log: IssueLog): Cube {
  const builder = new CubeBuilder(log);
  for (const r of rows) builder.addRow(r);
  const inputCount = builder.cells.length;
  builder.splitRelations(inputCount);
  builder.groupRelations();
  const kecamatan = (regions.get(rootCode)?.anak ?? []).filter((k) => regions.get(k)?.level === 'kecamatan');
  builder.areaRelations(rootCode, kecamatan);
  return { cells: builder.cells, relations: builder.relations };
}

type CellKey = Omit<CubeCell, 'jumlah' | 'sumber' | 'status' | 'alasan'>;

/** The cube as it is built: its cells, found by key, and the relations between them. */
class CubeBuilder {
  readonly cells: CubeCell[] = [];
  readonly relations: Cube['relations'] = [];
  private readonly index = new Map<string, number>();
  /** The input row of each cell read from the files, for errors. */
  private readonly origin = new Map<number, ViolenceRow>();

  constructor(private readonly log: IssueLog) {}

  private find(c: CellKey): number | undefined {
    return this.index.get(keyOf(c));
  }

  /** An input row as a cell; a second row of the same cell is an error. */
  addRow(r: ViolenceRow): void {
    const { kode, tahun, jenis, jk, ku, tempat, hubungan, jumlah, sumber } = r;
    const cell: CubeCell = { kode, tahun, jenis, jk, ku, tempat, hubungan, kelompok: '', jumlah, sumber, status: '', alasan: '' };
    const key = keyOf(cell);
    const other = this.index.get(key);
    if (other !== undefined) {
      const first = this.origin.get(other)!;
      this.log.error({
        file: r.file,
        row: r.baris,
        column: 'jumlah',
        value: String(r.jumlah),
        rule: 'kunci-ganda',
        message: `Sel yang sama (tahun, wilayah, rincian) sudah ada di ${first.file} baris ${first.baris}. Hapus salah satunya.`,
      });
      return;
    }
    this.index.set(key, this.cells.length);
    this.origin.set(this.cells.length, r);
    this.cells.push(cell);
  }

  /** A cell not split along a variable = the sum of its cells split along it, for the first `count` cells. */
  splitRelations(count: number): void {
    for (let p = 0; p < count; p++) {
      const parent = this.cells[p]!;
      for (const dim of DIMENSIONS) {
        if (parent[dim] !== '') continue;
        const children = DOMAINS[dim].map((v) => this.find({ ...parent, [dim]: v })).filter((i): i is number => i !== undefined);
        this.addRelation(p, children, DOMAINS[dim].length);
      }
    }
  }

  /**
   * Children and adult women: sums the portal itself publishes (and feeds the rates with). An age group
   * without a row has no cases: it adds 0, so the sum is never silently dropped.
   */
  groupRelations(): void {
    const areaYears = new Set(this.cells.map((c) => `${c.kode}|${c.tahun}`));
    for (const ay of [...areaYears].sort()) {
      const [kode, tahunText] = ay.split('|') as [string, string];
      const base = { kode, tahun: Number(tahunText), jenis: '', jk: '', ku: '', tempat: '', hubungan: '', kelompok: '' as Group };
      const sums: number[] = [];
      for (const [kelompok, ages, jk] of [
        ['anak', CHILD_AGES, ''],
        ['perempuan', ADULT_AGES, 'P'],
      ] as const) {
        const children = ages.map((ku) => this.find({ ...base, jk, ku })).filter((i): i is number => i !== undefined);
        if (children.length === 0) continue;
        sums.push(this.addGroup(base, kelompok, children));
      }
      this.adultMen(base, sums);
    }
  }

  /**
   * Adult men are what a total leaves after children and adult women: a figure a reader can derive, so
   * it is part of the relations the audit sees (and hidden when small), though never shown alone.
   */
  private adultMen(base: CellKey, sums: readonly number[]): void {
    const total = this.find(base);
    if (total === undefined || sums.length !== 2) return;
    const { cells, relations } = this;
    const rest = cells[total]!.jumlah - cells[sums[0]!]!.jumlah - cells[sums[1]!]!.jumlah;
    // None left is a plain published fact (total = children + adult women).
    if (rest === 0) relations.push({ parent: total, children: [sums[0]!, sums[1]!] });
    if (rest > 0) relations.push({ parent: total, children: [sums[0]!, sums[1]!, this.addGroup(base, 'laki_dewasa', [], rest)] });
  }

  /** Kecamatan add up to the kabupaten, for input cells and for the children / adult-women sums alike. */
  areaRelations(rootCode: string, kecamatan: readonly string[]): void {
    for (let p = 0; p < this.cells.length; p++) {
      const parent = this.cells[p]!;
      if (parent.kode !== rootCode) continue;
      const children = kecamatan.map((k) => this.find({ ...parent, kode: k })).filter((i): i is number => i !== undefined);
      this.addRelation(p, children, kecamatan.length);
    }
  }

  /** A group cell summing `children` (or holding `value`), with its relation parent = sum of children. */
  private addGroup(base: CellKey, kelompok: Group, children: number[], value?: number): number {
    const { cells } = this;
    const sources =
      [...new Set(children.map((i) => cells[i]!.sumber))].join(' ') || cells[this.find(base) ?? children[0] ?? 0]?.sumber || '';
    const cell: CubeCell = {
      ...base,
      kelompok,
      jumlah: value ?? children.reduce((s, i) => s + cells[i]!.jumlah, 0),
      sumber: sources,
      status: '',
      alasan: '',
    };
    this.index.set(keyOf(cell), cells.length);
    cells.push(cell);
    if (children.length > 0) this.relations.push({ parent: cells.length - 1, children });
    return cells.length - 1;
  }

  /** parent = sum of children when the figures agree; a total that differs from its complete (or larger) sum is an error. */
  private addRelation(parent: number, children: number[], domainSize: number): void {
    if (children.length === 0) return;
    const { cells } = this;
    const sum = children.reduce((s, i) => s + cells[i]!.jumlah, 0);
    const p = cells[parent]!;
    if (sum === p.jumlah) return void this.relations.push({ parent, children });
    if (children.length !== domainSize && sum <= p.jumlah) return;
    const r = this.origin.get(parent) ?? this.origin.get(children[0]!)!;
    this.log.error({
      file: r.file,
      row: r.baris,
      column: 'jumlah',
      value: String(p.jumlah),
      rule: 'jumlah-rincian',
      message: `Total ${p.jumlah} tidak sama dengan jumlah rinciannya (${sum}). Periksa baris rincian untuk tahun ${p.tahun}, wilayah ${p.kode}.`,
    });
  }
}

/** The kabupaten's own total of a year: the Renstra publishes it, so no suppression ever hides it. */
export function isRootTotal(c: CubeCell, rootCode: string): boolean {
  return c.kode === rootCode && splits(c) === 0;
}

export function isPrimary(c: CubeCell, threshold: number, rootCode: string): boolean {
  if (c.jumlah <= 0 || c.jumlah >= threshold) return false;
  return c.kode !== rootCode || splits(c) > 1;
}

/** Marks the cells to hide; returns how many were hidden by each rule. */
export function suppress(cube: Cube, threshold: number, rootCode: string): { primer: number; sekunder: number } {
  const primer = suppressPrimary(cube.cells, threshold, rootCode);
  const { cells, relations } = cube;
  let sekunder = 0;
  const hide = (i: number | undefined): boolean => {
    if (i === undefined || cells[i]!.status !== '') return false;
    cells[i]!.status = 'disembunyikan';
    cells[i]!.alasan = 'sekunder';
    sekunder += 1;
    return true;
  };
  const complement = (rel: Cube['relations'][number]) => nextToHide(cells, rel, rootCode);
  for (;;) {
    let changed = false;
    // No relation may have exactly one hidden cell.
    for (const rel of relations) {
      if ([rel.parent, ...rel.children].filter((i) => cells[i]!.status !== '').length === 1 && hide(complement(rel))) changed = true;
    }
    if (changed) continue;
    const exposed = determinedCells(cube);
    if (exposed.length === 0) break;
    // One more hidden cell beside every exposed one, then check again.
    for (const i of exposed) {
      const rel = relations.find(
        (r) => (r.parent === i || r.children.includes(i)) && [r.parent, ...r.children].some((m) => cells[m]!.status === ''),
      );
      if (rel && hide(complement(rel))) changed = true;
    }
    if (!changed) break;
  }
  return { primer, sekunder };
}

/** Hides the small counts (and every adult-men cell, never shown on its own); returns how many small counts. */
function suppressPrimary(cells: CubeCell[], threshold: number, rootCode: string): number {
  let primer = 0;
  for (const c of cells) {
    // Adult men are never shown on their own: unknown to a reader by nature, protected when small.
    if (c.kelompok === 'laki_dewasa') {
      c.status = 'disembunyikan';
      c.alasan = isPrimary(c, threshold, rootCode) ? 'primer' : 'sekunder';
      continue;
    }
    if (isPrimary(c, threshold, rootCode)) {
      c.status = 'disembunyikan';
      c.alasan = 'primer';
      primer += 1;
    }
  }
  return primer;
}

/**
 * The cell of a relation to hide next: the smallest non-zero child, else the parent. Never a zero (a
 * hidden cell holds at least one victim, which is what a reader assumes of it), and never the
 * kabupaten's own total of a year, which the Renstra publishes.
 */
function nextToHide(cells: readonly CubeCell[], rel: Cube['relations'][number], rootCode: string): number | undefined {
  const members = [rel.parent, ...rel.children];
  const open = members.filter((i) => cells[i]!.status === '' && cells[i]!.jumlah > 0 && !isRootTotal(cells[i]!, rootCode));
  const kids = open.filter((i) => i !== rel.parent).sort((a, b) => cells[a]!.jumlah - cells[b]!.jumlah || a - b);
  return kids[0] ?? open.find((i) => i === rel.parent);
}
