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
  const cells: CubeCell[] = [];
  const index = new Map<string, number>();
  const origin = new Map<number, ViolenceRow>();
  for (const r of rows) {
    const cell: CubeCell = {
      kode: r.kode,
      tahun: r.tahun,
      jenis: r.jenis,
      jk: r.jk,
      ku: r.ku,
      tempat: r.tempat,
      hubungan: r.hubungan,
      kelompok: '',
      jumlah: r.jumlah,
      sumber: r.sumber,
      status: '',
      alasan: '',
    };
    const key = keyOf(cell);
    const other = index.get(key);
    if (other !== undefined) {
      const first = origin.get(other)!;
      log.error({
        file: r.file,
        row: r.baris,
        column: 'jumlah',
        value: String(r.jumlah),
        rule: 'kunci-ganda',
        message: `Sel yang sama (tahun, wilayah, rincian) sudah ada di ${first.file} baris ${first.baris}. Hapus salah satunya.`,
      });
      continue;
    }
    index.set(key, cells.length);
    origin.set(cells.length, r);
    cells.push(cell);
  }
  const relations: Cube['relations'] = [];
  const find = (c: Omit<CubeCell, 'jumlah' | 'sumber' | 'status' | 'alasan'>): number | undefined => index.get(keyOf(c));
  const kecamatan = (regions.get(rootCode)?.anak ?? []).filter((k) => regions.get(k)?.level === 'kecamatan');
  const inputCount = cells.length;

  for (let p = 0; p < inputCount; p++) {
    const parent = cells[p]!;
    for (const dim of DIMENSIONS) {
      if (parent[dim] !== '') continue;
      const children = DOMAINS[dim].map((v) => find({ ...parent, [dim]: v })).filter((i): i is number => i !== undefined);
      addRelation(p, children, DOMAINS[dim].length);
    }
  }

  // Children and adult women: sums the portal itself publishes (and feeds the rates with). An age group
  // without a row has no cases: it adds 0, so the sum is never silently dropped.
  const areaYears = new Set(cells.map((c) => `${c.kode}|${c.tahun}`));
  for (const ay of [...areaYears].sort()) {
    const [kode, tahunText] = ay.split('|') as [string, string];
    const base = { kode, tahun: Number(tahunText), jenis: '', jk: '', ku: '', tempat: '', hubungan: '', kelompok: '' as Group };
    const sums: number[] = [];
    for (const [kelompok, ages, jk] of [
      ['anak', CHILD_AGES, ''],
      ['perempuan', ADULT_AGES, 'P'],
    ] as const) {
      const children = ages.map((ku) => find({ ...base, jk, ku })).filter((i): i is number => i !== undefined);
      if (children.length === 0) continue;
      sums.push(addGroup(base, kelompok, children));
    }
    // Adult men are what a total leaves after children and adult women: a figure a reader can derive,
    // so it is part of the relations the audit sees (and hidden when small), though never shown alone.
    const total = find(base);
    if (total !== undefined && sums.length === 2) {
      const rest = cells[total]!.jumlah - cells[sums[0]!]!.jumlah - cells[sums[1]!]!.jumlah;
      // None left is a plain published fact (total = children + adult women).
      if (rest === 0) relations.push({ parent: total, children: [sums[0]!, sums[1]!] });
      if (rest > 0) relations.push({ parent: total, children: [sums[0]!, sums[1]!, addGroup(base, 'laki_dewasa', [], rest)] });
    }
  }
  // Kecamatan add up to the kabupaten, for input cells and for the children / adult-women sums alike.
  for (let p = 0; p < cells.length; p++) {
    const parent = cells[p]!;
    if (parent.kode !== rootCode) continue;
    const children = kecamatan.map((k) => find({ ...parent, kode: k })).filter((i): i is number => i !== undefined);
    addRelation(p, children, kecamatan.length);
  }
  return { cells, relations };

  /** A group cell summing `children` (or holding `value`), with its relation parent = sum of children. */
  function addGroup(
    base: Omit<CubeCell, 'jumlah' | 'sumber' | 'status' | 'alasan'>,
    kelompok: Group,
    children: number[],
    value?: number,
  ): number {
    const sources = [...new Set(children.map((i) => cells[i]!.sumber))].join(' ') || cells[find(base) ?? children[0] ?? 0]?.sumber || '';
    const cell: CubeCell = {
      ...base,
      kelompok,
      jumlah: value ?? children.reduce((s, i) => s + cells[i]!.jumlah, 0),
      sumber: sources,
      status: '',
      alasan: '',
    };
    index.set(keyOf(cell), cells.length);
    cells.push(cell);
    if (children.length > 0) relations.push({ parent: cells.length - 1, children });
    return cells.length - 1;
  }

  function addRelation(parent: number, children: number[], domainSize: number): void {
    if (children.length === 0) return;
    const sum = children.reduce((s, i) => s + cells[i]!.jumlah, 0);
    const p = cells[parent]!;
    if (sum === p.jumlah) {
      relations.push({ parent, children });
    } else if (children.length === domainSize || sum > p.jumlah) {
      const r = origin.get(parent) ?? origin.get(children[0]!)!;
      log.error({
        file: r.file,
        row: r.baris,
        column: 'jumlah',
        value: String(p.jumlah),
        rule: 'jumlah-rincian',
        message: `Total ${p.jumlah} tidak sama dengan jumlah rinciannya (${sum}). Periksa baris rincian untuk tahun ${p.tahun}, wilayah ${p.kode}.`,
      });
    }
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
  const { cells, relations } = cube;
  let primer = 0;
  let sekunder = 0;
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
  const hide = (i: number): void => {
    cells[i]!.status = 'disembunyikan';
    cells[i]!.alasan = 'sekunder';
    sekunder += 1;
  };
  /** The cell of a relation to hide next: the smallest non-zero child, else the parent. */
  const complement = (members: number[], parent: number): number | undefined => {
    // Never a zero (a hidden cell holds at least one victim, which is what a reader assumes of it), and
    // never the kabupaten's own total of a year, which the Renstra publishes.
    const open = members.filter((i) => cells[i]!.status === '' && cells[i]!.jumlah > 0 && !isRootTotal(cells[i]!, rootCode));
    const kids = open.filter((i) => i !== parent).sort((a, b) => cells[a]!.jumlah - cells[b]!.jumlah || a - b);
    return kids[0] ?? open.find((i) => i === parent);
  };
  for (;;) {
    let changed = false;
    for (const rel of relations) {
      const members = [rel.parent, ...rel.children];
      if (members.filter((i) => cells[i]!.status !== '').length === 1) {
        const next = complement(members, rel.parent);
        if (next !== undefined) {
          hide(next);
          changed = true;
        }
      }
    }
    if (changed) continue;
    const exposed = determinedCells(cube);
    if (exposed.length === 0) break;
    // One more hidden cell beside every exposed one, then check again.
    for (const i of exposed) {
      const rel = relations.find(
        (r) => (r.parent === i || r.children.includes(i)) && [r.parent, ...r.children].some((m) => cells[m]!.status === ''),
      );
      const next = rel ? complement([rel.parent, ...rel.children], rel.parent) : undefined;
      if (next !== undefined && cells[next]!.status === '') {
        hide(next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return { primer, sekunder };
}

/**
 * Hidden cells whose value follows from the published cells: x is determined when its unit vector lies
 * in the row space of the relations restricted to hidden cells. Gaussian elimination in floating point
 * with a tolerance: the coefficients are ±1, so the values stay small and well away from it.
 */
export function determinedCells(cube: Cube): number[] {
  const hidden = cube.cells.map((c, i) => (c.status === '' ? -1 : i)).filter((i) => i >= 0);
  const col = new Map(hidden.map((cell, j) => [cell, j]));
  const rows: number[][] = [];
  for (const rel of cube.relations) {
    const row = new Array<number>(hidden.length).fill(0);
    let any = false;
    for (const [cell, sign] of [[rel.parent, -1] as const, ...rel.children.map((c) => [c, 1] as const)]) {
      const j = col.get(cell);
      if (j !== undefined) {
        row[j]! += sign;
        any = true;
      }
    }
    if (any) rows.push(row);
  }
  const pivots = rref(rows, hidden.length);
  return pivots.filter(({ row }) => row.filter((v) => v !== 0).length === 1).map(({ column }) => hidden[column]!);
}

/**
 * Reduced row echelon form, returning each pivot column with its row as it stands after the whole
 * elimination: a pivot row taken earlier is still changed by later steps (x0 + x1 becomes x0 once x1 is
 * a pivot), so rows are read only at the end.
 */
export function rref(m: number[][], width: number): Array<{ column: number; row: number[] }> {
  const pivots: Array<{ column: number; at: number }> = [];
  let r = 0;
  for (let c = 0; c < width && r < m.length; c++) {
    const p = m.findIndex((row, i) => i >= r && row[c] !== 0);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p]!, m[r]!];
    const pivot = m[r]![c]!;
    m[r] = m[r]!.map((v) => v / pivot);
    for (let i = 0; i < m.length; i++) {
      if (i !== r && m[i]![c] !== 0) {
        const f = m[i]![c]!;
        m[i] = m[i]!.map((v, k) => clean(v - f * m[r]![k]!));
      }
    }
    pivots.push({ column: c, at: r });
    r += 1;
  }
  return pivots.map(({ column, at }) => ({ column, row: m[at]! }));
}

function clean(v: number): number {
  return Math.abs(v) < 1e-9 ? 0 : v;
}
