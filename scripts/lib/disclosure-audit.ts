/**
 * The exact audit of the violence cube, as a statistical office audits a release: for every hidden cell,
 * the smallest and largest value an attacker can derive from everything published (every relation
 * "parent = sum of children" with the published cells as constants, hidden cells whole numbers — at
 * least 1 where the hidden row is listed, since the attacker assumes a listed row holds a victim, at
 * least 0 where it is not listed), by integer programming with HiGHS: the LP relaxation first, the MILP
 * only where the LP optimum is not whole.
 *
 *   const audit = await auditCube(cube, 10, { unlisted })
 *   audit.narrow -> [{ cell: 17, lower: 2, upper: 2 }]   // primary cells an attacker bounds within 1–9
 *
 * A release passes when every primary cell's interval still covers all of 1 to threshold − 1.
 */
import highsLoader from 'highs';
import { isRootTotal, type Cube } from './disclosure-cube.ts';

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
/** Small models: HiGHS's presolve costs more than it saves; quiet output. */
const OPTIONS = { presolve: 'off', output_flag: false } as const;
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

/**
 * The attacker's best bound on one cell, and a whole-number solution that reaches it (every hidden
 * cell of the group by name), which the caller may use to settle other cells without a solve.
 */
async function bound(
  solvers: Solvers,
  sense: 'Minimize' | 'Maximize',
  cell: number,
  group: number[],
  rows: string[],
  unlisted: ReadonlySet<number>,
): Promise<{ value: number; solution: Record<string, number> | null }> {
  const model = (integer: boolean) =>
    [
      sense,
      ` obj: x${cell}`,
      'Subject To',
      ...(rows.length ? rows : [` r: x${cell} >= 1`]),
      'Bounds',
      ...group.map((i) => ` x${i} >= ${unlisted.has(i) ? 0 : 1}`),
      ...(integer ? ['General', ` ${group.map((i) => `x${i}`).join(' ')}`] : []),
      'End',
    ].join('\n');
  const primal = (columns: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(columns).map(([name, c]) => [name, (c as { Primal: number }).Primal]));
  const lp = (await solvers.get()).solve(model(false), OPTIONS);
  if (lp.Status === 'Unbounded') return { value: sense === 'Maximize' ? Infinity : -Infinity, solution: null };
  if (lp.Status !== 'Optimal') throw new Error(`HiGHS: ${lp.Status} for x${cell}`);
  // A whole LP solution is also the best whole-number one; otherwise the MILP decides.
  const solution = primal(lp.Columns);
  if (Object.values(solution).every(whole)) return { value: Math.round(lp.ObjectiveValue), solution };
  const milp = (await solvers.get()).solve(model(true), OPTIONS);
  if (milp.Status !== 'Optimal') throw new Error(`HiGHS: ${milp.Status} for x${cell} (MILP)`);
  return { value: Math.round(milp.ObjectiveValue), solution: primal(milp.Columns) };
}

export interface AuditOptions {
  /** Hidden cells not listed in any output: at least 0 to an attacker, not 1. */
  unlisted?: ReadonlySet<number>;
  /** Audit only the groups of linked hidden cells this accepts. */
  only?: (group: number[]) => boolean;
  /**
   * Decide only what the standard asks of the primary cells (is 1 reachable, is threshold − 1
   * reachable?), settling a cell from another solve's whole-number solution where one already reaches
   * it; intervals are then exact only where a solve was needed. Without it, every hidden cell gets its
   * exact interval.
   */
  primaryOnly?: boolean;
}

export async function auditCube(cube: Cube, threshold: number, options: AuditOptions = {}): Promise<Audit> {
  const { unlisted = new Set<number>(), only, primaryOnly = false } = options;
  const hidden = new Set(cube.cells.map((c, i) => (c.status ? i : -1)).filter((i) => i >= 0));
  const solvers = new Solvers();
  const intervals: Interval[] = [];
  for (const group of components(cube, hidden)) {
    if (only && !only(group)) continue;
    const rows = constraints(cube, new Set(group));
    // Values each cell is known to reach (whole-number solutions seen so far in this group).
    const low = new Map<number, number>();
    const high = new Map<number, number>();
    const seen = (solution: Record<string, number> | null) => {
      if (!solution) return;
      for (const i of group) {
        const v = Math.round(solution[`x${i}`] ?? NaN);
        if (Number.isNaN(v)) continue;
        low.set(i, Math.min(low.get(i) ?? Infinity, v));
        high.set(i, Math.max(high.get(i) ?? -Infinity, v));
      }
    };
    for (const cell of group.sort((a, b) => a - b)) {
      if (primaryOnly && cube.cells[cell]!.alasan !== 'primer') continue;
      let lower = primaryOnly && (low.get(cell) ?? Infinity) <= 1 ? low.get(cell)! : NaN;
      if (Number.isNaN(lower)) {
        const r = await bound(solvers, 'Minimize', cell, group, rows, unlisted);
        lower = r.value;
        seen(r.solution);
      }
      let upper = primaryOnly && (high.get(cell) ?? -Infinity) >= threshold - 1 ? high.get(cell)! : NaN;
      if (Number.isNaN(upper)) {
        const r = await bound(solvers, 'Maximize', cell, group, rows, unlisted);
        upper = r.value;
        seen(r.solution);
      }
      intervals.push({ cell, lower, upper });
    }
  }
  intervals.sort((a, b) => a.cell - b.cell);
  const narrow = intervals.filter(
    ({ cell, lower, upper }) => cube.cells[cell]!.alasan === 'primer' && (lower > 1 || upper < threshold - 1),
  );
  return { intervals, narrow, solves: solvers.count };
}

/**
 * Hidden cells beneath another hidden cell: not listed in any output. Listing them would tell a reader
 * how many parts of a hidden total hold a victim (a hidden 3 over two listed hidden parts is at least 2).
 */
export function unlistedCells(cube: Cube): Set<number> {
  const { cells, relations } = cube;
  const out = new Set<number>();
  for (const rel of relations) if (cells[rel.parent]!.status) for (const c of rel.children) if (cells[c]!.status) out.add(c);
  return out;
}

/** A table no choice of hidden cells protects: published at less detail instead (scripts/stages/violence.ts). */
export class UnprotectableError extends Error {}

/**
 * Protection that reaches the audit's standard: the detail beneath a hidden cell is not listed
 * (`unlistedCells`), and secondary suppression is added until no small count can be bounded inside 1 to
 * threshold − 1. Each round, every cell still bounded gets one more hidden neighbour — the smallest
 * published non-zero child of a relation around it, a total only when no child is left — unless a
 * neighbour was hidden this round already (it may have freed it). Hiding only ever widens what an
 * attacker can derive, so later rounds audit only the groups that changed. Every round hides a cell, so
 * it ends; a table that cannot be protected throws UnprotectableError rather than be published.
 */
export async function protect(
  cube: Cube,
  threshold: number,
  rootCode: string,
): Promise<{ added: number; rounds: number; solves: number; unlisted: Set<number> }> {
  const { cells, relations } = cube;
  let added = 0;
  let solves = 0;
  let changed: Set<number> | null = null;
  for (let rounds = 1; ; rounds++) {
    const unlisted = unlistedCells(cube);
    const only = changed;
    const audit = await auditCube(cube, threshold, {
      unlisted,
      only: only ? (group) => group.some((i) => only.has(i)) : undefined,
      primaryOnly: true,
    });
    solves += audit.solves;
    if (audit.narrow.length === 0) return { added, rounds, solves, unlisted };
    const touched = new Set<number>();
    const hiddenNow = new Set<number>();
    for (const { cell } of audit.narrow) {
      const around = relations.filter((r) => r.parent === cell || r.children.includes(cell));
      if (around.some((r) => [r.parent, ...r.children].some((i) => hiddenNow.has(i)))) {
        touched.add(cell);
        continue;
      }
      const next = complementOf(cube, cell, rootCode);
      if (next === undefined) continue;
      cells[next]!.status = 'disembunyikan';
      cells[next]!.alasan = 'sekunder';
      hiddenNow.add(next);
      touched.add(next).add(cell);
      added += 1;
    }
    if (hiddenNow.size === 0)
      throw new UnprotectableError(
        `Pengendalian pengungkapan: ${audit.narrow.length} sel kecil tidak dapat dilindungi; tidak ada sel lain yang dapat disembunyikan.`,
      );
    changed = touched;
  }
}

/**
 * The published cell to hide next beside a bounded cell: the smallest non-zero child of a relation with
 * it, or with a hidden cell linked to it (searching a few steps out through hidden cells); a total only
 * when no child is left anywhere near; never the kabupaten's own total.
 */
function complementOf(cube: Cube, cell: number, rootCode: string): number | undefined {
  const { cells, relations } = cube;
  const seen = new Set<number>([cell]);
  let frontier = [cell];
  const bySize = (a: number, b: number) => cells[a]!.jumlah - cells[b]!.jumlah || a - b;
  const open = (members: number[]) =>
    members.filter((i) => cells[i]!.status === '' && cells[i]!.jumlah > 0 && !isRootTotal(cells[i]!, rootCode));
  let parent: number | undefined;
  while (frontier.length > 0) {
    const near = relations.filter((r) => frontier.some((f) => r.parent === f || r.children.includes(f)));
    const child = near.flatMap((r) => open(r.children)).sort(bySize)[0];
    if (child !== undefined) return child;
    parent ??= near.flatMap((r) => open([r.parent])).sort(bySize)[0];
    // Every child around is hidden already: look one step further, through the hidden ones.
    frontier = near.flatMap((r) => [r.parent, ...r.children]).filter((i) => !seen.has(i) && cells[i]!.status !== '');
    for (const i of frontier) seen.add(i);
  }
  return parent;
}
