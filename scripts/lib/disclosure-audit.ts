/**
 * The exact audit of the violence cube, as a statistical office audits a release: for every hidden cell,
 * the smallest and largest value an attacker can derive from everything published (every relation
 * "parent = sum of children" with the published cells as constants, hidden cells whole numbers ≥ 1 —
 * the attacker also assumes every listed hidden row holds at least one victim), by integer programming
 * with HiGHS: the LP relaxation first, the MILP only where the LP optimum is not whole.
 *
 *   const audit = await auditCube(cube, 10)
 *   audit.narrow -> [{ cell: 17, lower: 2, upper: 2 }]   // primary cells an attacker bounds within 1–9
 *
 * A release passes when every primary cell's interval still covers all of 1 to threshold − 1.
 */
import highsLoader from 'highs';
import type { Cube } from './disclosure-cube.ts';

export interface Interval {
  cell: number;
  lower: number;
  upper: number;
}

export interface Audit {
  /** Every hidden cell's interval, in cell order. */
  intervals: Interval[];
  /** Primary cells whose interval does not cover 1 to threshold − 1. */
  narrow: Interval[];
  /** LP and MILP solves run. */
  solves: number;
}

type Solver = Awaited<ReturnType<typeof highsLoader>>;

/** One solver instance serves a few hundred solves, then a fresh one is loaded (a known highs-js problem). */
const SOLVES_PER_INSTANCE = 300;

class Solvers {
  private instance: Solver | null = null;
  private used = 0;
  count = 0;
  async get(): Promise<Solver> {
    if (!this.instance || this.used >= SOLVES_PER_INSTANCE) {
      this.instance = await highsLoader();
      this.used = 0;
    }
    this.used += 1;
    this.count += 1;
    return this.instance;
  }
}

const EPS = 1e-6;
const whole = (v: number) => Math.abs(v - Math.round(v)) < EPS;

/**
 * The constraints an attacker writes, in CPLEX LP format, over the hidden cells of one connected
 * group of relations: x<i> for hidden cell i.
 */
function constraints(cube: Cube, hidden: ReadonlySet<number>): string[] {
  const rows: string[] = [];
  cube.relations.forEach((rel, r) => {
    const members = [rel.parent, ...rel.children];
    if (!members.some((i) => hidden.has(i))) return;
    // parent − Σ children = 0, published cells moved to the right-hand side.
    const terms: string[] = [];
    let rhs = 0;
    const add = (i: number, sign: 1 | -1) => {
      if (hidden.has(i)) terms.push(`${sign > 0 ? '+' : '-'} x${i}`);
      else rhs -= sign * cube.cells[i]!.jumlah;
    };
    add(rel.parent, 1);
    for (const c of rel.children) add(c, -1);
    rows.push(` r${r}: ${terms.join(' ')} = ${rhs}`);
  });
  return rows;
}

/** Groups of hidden cells linked through relations: each is audited as one small model. */
function components(cube: Cube, hidden: ReadonlySet<number>): number[][] {
  const parent = new Map<number, number>([...hidden].map((i) => [i, i]));
  const find = (i: number): number => {
    while (parent.get(i) !== i) i = parent.get(i)!;
    return i;
  };
  for (const rel of cube.relations) {
    const members = [rel.parent, ...rel.children].filter((i) => hidden.has(i));
    for (const m of members.slice(1)) parent.set(find(m), find(members[0]!));
  }
  const groups = new Map<number, number[]>();
  for (const i of hidden) groups.set(find(i), [...(groups.get(find(i)) ?? []), i]);
  return [...groups.values()];
}

async function bound(solvers: Solvers, sense: 'Minimize' | 'Maximize', cell: number, group: number[], rows: string[]): Promise<number> {
  const model = (integer: boolean) =>
    [
      sense,
      ` obj: x${cell}`,
      'Subject To',
      ...(rows.length ? rows : [` r: x${cell} >= 1`]),
      'Bounds',
      ...group.map((i) => ` x${i} >= 1`),
      ...(integer ? ['General', ` ${group.map((i) => `x${i}`).join(' ')}`] : []),
      'End',
    ].join('\n');
  const lp = (await solvers.get()).solve(model(false));
  if (lp.Status === 'Unbounded') return sense === 'Maximize' ? Infinity : -Infinity;
  if (lp.Status !== 'Optimal') throw new Error(`HiGHS: ${lp.Status} for x${cell}`);
  // A whole LP solution is also the best whole-number one; otherwise the MILP decides.
  if (Object.values(lp.Columns).every((c) => whole((c as { Primal: number }).Primal))) return Math.round(lp.ObjectiveValue);
  const milp = (await solvers.get()).solve(model(true));
  if (milp.Status !== 'Optimal') throw new Error(`HiGHS: ${milp.Status} for x${cell} (MILP)`);
  return Math.round(milp.ObjectiveValue);
}

export async function auditCube(cube: Cube, threshold: number): Promise<Audit> {
  const hidden = new Set(cube.cells.map((c, i) => (c.status ? i : -1)).filter((i) => i >= 0));
  const solvers = new Solvers();
  const intervals: Interval[] = [];
  for (const group of components(cube, hidden)) {
    const inGroup = new Set(group);
    const rows = constraints(cube, inGroup);
    for (const cell of group.sort((a, b) => a - b)) {
      // Only primary cells must stay unknown within 1–9; a secondary cell's interval is reported too.
      const lower = await bound(solvers, 'Minimize', cell, group, rows);
      const upper = await bound(solvers, 'Maximize', cell, group, rows);
      intervals.push({ cell, lower, upper });
    }
  }
  intervals.sort((a, b) => a.cell - b.cell);
  const narrow = intervals.filter(
    ({ cell, lower, upper }) => cube.cells[cell]!.alasan === 'primer' && (lower > 1 || upper < threshold - 1),
  );
  return { intervals, narrow, solves: solvers.count };
}
