/**
 * The attack a statistical office runs on a release, written apart from the pipeline (it shares no code
 * with scripts/): from every violence count the built site publishes (published-cells.ts), the smallest
 * and largest value an attacker can derive for each hidden count, by integer programming with HiGHS.
 *
 * What the attacker writes down, in its own model:
 * - every published sum: a cell equals the sum of its parts along one variable (type, sex, age, place,
 *   perpetrator), the kecamatan add up to the kabupaten, the age groups add up to `anak` (children) and
 *   `perempuan` (adult women), and a total is `anak` + `perempuan` + what is left (adult men, ≥ 0);
 * - a hidden count is a whole number, at least 1 where its row is listed (the attacker assumes a listed
 *   hidden row holds a victim);
 * - a part that is not listed is 0, unless one of its totals is hidden: the portal does not list the
 *   detail beneath a hidden total, so there the part is an unknown whole number ≥ 0. (A release that
 *   breaks that rule, whose sums then contradict each other, is attacked again with every part not
 *   listed an unknown ≥ 0.)
 *
 * A release passes when every small count (1 to threshold − 1) keeps an interval covering all of 1 to
 * threshold − 1, adult men included. Given the invented truth behind the release, the small counts are
 * known; without it, every hidden count whose interval meets 1 to threshold − 1 is treated as small.
 *
 *   await attackIntervals('dist', { threshold: 10, rootCode: '19.02', truth })
 *     -> [{ cell: '19.02.01|2024|fisik|L|…', lower: 1, upper: 1, truth: 1 }]   // [] when nothing leaks
 */
import highsLoader from 'highs';
import { ADULT, CHILD, id, PARTITIONS, readSite, type Cell } from './published-cells.ts';

export interface Narrow {
  /** The hidden cell's key (kode|tahun|jenis|jk|ku|tempat|hubungan|kelompok), or adult men's: kelompok 'laki_dewasa'. */
  cell: string;
  lower: number;
  upper: number;
  /** The invented truth of the cell, when given. */
  truth?: number;
}

export interface AttackOptions {
  threshold: number;
  rootCode: string;
  /**
   * The invented counts behind the release, by the key of an input row (kelompok ''); a missing key is
   * 0. Group cells (anak, perempuan, adult men) are summed from it.
   */
  truth?: ReadonlyMap<string, number>;
}

export interface Attack {
  narrow: Narrow[];
  /**
   * 'strict' when the release keeps the portal's rule that every hidden part is listed unless one of
   * its totals is hidden (an unlisted part is then 0); 'loose' when it does not (the published sums
   * contradict that rule), so every part not listed was taken as an unknown ≥ 0.
   */
  model: 'strict' | 'loose';
  /** Unknowns in the attacker's model (hidden cells, unlisted parts, adult men) and solves run. */
  unknowns: number;
  solves: number;
}

const MEN = 'laki_dewasa';
const blank: Omit<Cell, 'kode' | 'tahun'> = { jenis: '', jk: '', ku: '', tempat: '', hubungan: '', kelompok: '' };

export async function attackIntervals(dir: string, opts: AttackOptions): Promise<Attack> {
  const { cells } = readSite(dir);
  return attackCells(
    cells.map((c) => ({ cell: c.cell, value: c.value })),
    opts,
  );
}

export async function attackCells(published: Array<{ cell: Cell; value: number | null }>, opts: AttackOptions): Promise<Attack> {
  try {
    return await attack(published, opts, 'strict');
  } catch (e) {
    if (!(e instanceof Contradiction)) throw e;
    return attack(published, opts, 'loose');
  }
}

/** The published sums admit no whole-number solution under the model's reading of unlisted parts. */
class Contradiction extends Error {}

async function attack(
  published: Array<{ cell: Cell; value: number | null }>,
  opts: AttackOptions,
  model: Attack['model'],
): Promise<Attack> {
  const value = new Map(published.map((p) => [id(p.cell), p.value]));
  const listed = (key: string) => value.has(key);
  const domain = Object.fromEntries(
    PARTITIONS.map((d) => [d, [...new Set(published.map((p) => p.cell[d]).filter((v) => v !== ''))]]),
  ) as Record<(typeof PARTITIONS)[number], string[]>;
  const kecamatan = [...new Set(published.map((p) => p.cell.kode))].filter(
    (k) => k.startsWith(`${opts.rootCode}.`) && k.split('.').length === 3,
  );

  /** The sums a cell is a part of: each as its total's key. */
  const totalsOf = (c: Cell): Cell[] => {
    const out: Cell[] = [];
    if (c.kelompok === '') {
      for (const d of PARTITIONS) if (c[d] !== '') out.push({ ...c, [d]: '' });
      const rest = { ...blank, kode: c.kode, tahun: c.tahun };
      if (c.jk === '' && CHILD.includes(c.ku) && id({ ...rest, ku: c.ku }) === id(c)) out.push({ ...rest, kelompok: 'anak' });
      if (ADULT.includes(c.ku) && id({ ...rest, jk: 'P', ku: c.ku }) === id(c)) out.push({ ...rest, kelompok: 'perempuan' });
    } else out.push({ ...c, kelompok: '' });
    if (kecamatan.includes(c.kode)) out.push({ ...c, kode: opts.rootCode });
    return out;
  };
  /** Unknown to the attacker: a hidden listed cell, or a part not listed beneath an unknown total. */
  const unknownMemo = new Map<string, boolean>();
  const unknown = (c: Cell): boolean => {
    const key = id(c);
    if (listed(key)) return value.get(key) === null;
    if (model === 'loose') return true;
    let u = unknownMemo.get(key);
    if (u === undefined) {
      u = totalsOf(c).some(unknown);
      unknownMemo.set(key, u);
    }
    return u;
  };

  // Each sum as an equation Σ coef·x = rhs over the unknowns, named by key.
  const equations: Array<{ terms: Map<string, number>; rhs: number }> = [];
  const equation = (total: Cell, parts: Cell[], extra?: string): void => {
    if (!parts.some((p) => listed(id(p)))) return;
    const terms = new Map<string, number>();
    let rhs = 0;
    const add = (c: Cell, sign: number) => {
      const key = id(c);
      if (unknown(c)) terms.set(key, (terms.get(key) ?? 0) + sign);
      else rhs -= sign * (value.get(key) ?? 0);
    };
    add(total, 1);
    for (const p of parts) add(p, -1);
    if (extra) terms.set(extra, -1);
    if (terms.size > 0) equations.push({ terms, rhs });
  };
  for (const { cell } of published) {
    if (cell.kelompok === '') {
      for (const d of PARTITIONS)
        if (cell[d] === '')
          equation(
            cell,
            domain[d].map((v) => ({ ...cell, [d]: v })),
          );
      if (PARTITIONS.every((d) => cell[d] === '')) {
        const group = (kelompok: string) => ({ ...cell, kelompok });
        if (listed(id(group('anak'))) || listed(id(group('perempuan'))))
          equation(cell, [group('anak'), group('perempuan')], id(group(MEN)));
      }
    } else if (cell.kelompok === 'anak')
      equation(
        cell,
        CHILD.map((ku) => ({ ...cell, kelompok: '', ku })),
      );
    else if (cell.kelompok === 'perempuan')
      equation(
        cell,
        ADULT.map((ku) => ({ ...cell, kelompok: '', jk: 'P', ku })),
      );
    if (cell.kode === opts.rootCode)
      equation(
        cell,
        kecamatan.map((kode) => ({ ...cell, kode })),
      );
  }

  // The unknowns, each with its least value and (given the truth) whether it is a small count.
  const unknowns = new Set(equations.flatMap((e) => [...e.terms.keys()]));
  for (const p of published) if (p.value === null) unknowns.add(id(p.cell));
  const least = (key: string) => (listed(key) ? 1 : 0);
  const truthOf = opts.truth ? truthReader(opts.truth) : undefined;

  const solver = new Solver();
  const narrow: Narrow[] = [];
  for (const group of components(unknowns, equations)) {
    const names = new Map(group.map((key, i) => [key, `x${i}`]));
    const rows = equations
      .filter((e) => names.has([...e.terms.keys()][0]!))
      .map((e, r) => {
        const terms = [...e.terms].map(([key, coef]) => `${coef < 0 ? '-' : '+'} ${Math.abs(coef)} ${names.get(key)}`);
        return ` e${r}: ${terms.join(' ')} = ${e.rhs}`;
      });
    const reached = new Map<string, { low: number; high: number }>();
    const note = (solution: Map<string, number>) => {
      for (const [key, v] of solution) {
        const r = reached.get(key) ?? { low: Infinity, high: -Infinity };
        reached.set(key, { low: Math.min(r.low, v), high: Math.max(r.high, v) });
      }
    };
    for (const key of group) {
      const truth = truthOf?.(key);
      if (truth !== undefined && (truth < 1 || truth >= opts.threshold)) continue;
      const bound = async (sense: 'Minimize' | 'Maximize') => {
        const r = await solver.solve(sense, names.get(key)!, group, names, rows, least);
        note(r.solution);
        return r.value;
      };
      const seen = reached.get(key);
      const lower = seen && seen.low <= 1 ? seen.low : await bound('Minimize');
      const upper = seen && seen.high >= opts.threshold - 1 ? seen.high : await bound('Maximize');
      const small = truth !== undefined || (lower < opts.threshold && upper >= 1);
      if (small && (lower > 1 || upper < opts.threshold - 1))
        narrow.push({ cell: key, lower, upper, ...(truth === undefined ? {} : { truth }) });
    }
  }
  return { narrow, model, unknowns: unknowns.size, solves: solver.count };
}

/** The invented value of any cell the attacker's model names: input rows as given, groups summed. */
function truthReader(truth: ReadonlyMap<string, number>): (key: string) => number {
  const row = (c: Cell) => truth.get([c.kode, c.tahun, c.jenis, c.jk, c.ku, c.tempat, c.hubungan].join('|')) ?? 0;
  const sum = (c: Cell, jk: string, ages: string[]) => ages.reduce((s, ku) => s + row({ ...c, jk, ku }), 0);
  return (key) => {
    const [kode, tahun, jenis, jk, ku, tempat, hubungan, kelompok] = key.split('|') as [string, string, ...string[]];
    const c: Cell = { kode, tahun: Number(tahun), jenis: jenis!, jk: jk!, ku: ku!, tempat: tempat!, hubungan: hubungan!, kelompok: '' };
    if (kelompok === 'anak') return sum(c, '', CHILD);
    if (kelompok === 'perempuan') return sum(c, 'P', ADULT);
    if (kelompok === MEN) return row(c) - sum(c, '', CHILD) - sum(c, 'P', ADULT);
    return row(c);
  };
}

/** Unknowns linked through equations, each group solved as one small model. */
function components(unknowns: Set<string>, equations: Array<{ terms: Map<string, number> }>): string[][] {
  const root = new Map([...unknowns].map((k) => [k, k]));
  const find = (k: string): string => {
    while (root.get(k) !== k) k = root.get(k)!;
    return k;
  };
  for (const e of equations) {
    const [first, ...rest] = [...e.terms.keys()];
    for (const k of rest) root.set(find(k), find(first!));
  }
  const groups = new Map<string, string[]>();
  for (const k of unknowns) groups.set(find(k), [...(groups.get(find(k)) ?? []), k]);
  return [...groups.values()].map((g) => g.sort());
}

/** HiGHS, loaded afresh every 200 solves (one instance can fail after some thousands). */
class Solver {
  private highs: Awaited<ReturnType<typeof highsLoader>> | null = null;
  count = 0;

  async solve(
    sense: 'Minimize' | 'Maximize',
    objective: string,
    group: string[],
    names: Map<string, string>,
    rows: string[],
    least: (key: string) => number,
  ): Promise<{ value: number; solution: Map<string, number> }> {
    const model = (integer: boolean) =>
      [
        sense,
        ` obj: ${objective}`,
        'Subject To',
        ...(rows.length > 0 ? rows : [` free: ${objective} >= 0`]),
        'Bounds',
        ...group.map((key) => ` ${names.get(key)} >= ${least(key)}`),
        ...(integer ? ['General', ...group.map((key) => ` ${names.get(key)}`)] : []),
        'End',
      ].join('\n');
    let result = await this.run(model(false));
    if (result.Status === 'Unbounded') return { value: sense === 'Maximize' ? Infinity : -Infinity, solution: new Map() };
    const whole = (v: number) => Math.abs(v - Math.round(v)) < 1e-6;
    const primal = () => new Map(group.map((key) => [key, (result.Columns[names.get(key)!] as { Primal: number }).Primal]));
    if (result.Status === 'Optimal' && ![...primal().values()].every(whole)) result = await this.run(model(true));
    if (result.Status === 'Infeasible') throw new Contradiction(`${sense} ${objective}`);
    if (result.Status !== 'Optimal') throw new Error(`HiGHS: ${result.Status} (${sense} ${objective})`);
    return { value: Math.round(result.ObjectiveValue), solution: new Map([...primal()].map(([k, v]) => [k, Math.round(v)])) };
  }

  private async run(model: string) {
    if (!this.highs || this.count % 200 === 0) this.highs = await highsLoader();
    this.count += 1;
    return this.highs.solve(model, { presolve: 'off', output_flag: false });
  }
}
