/**
 * Geometry of a tier (step) chart for ordinal indicators such as KLA and APE: one row per tier, a step
 * line through the awarded tiers of consecutive years (broken where a year has no assessment), target
 * tiers as outlined markers, and the years without an assessment marked as such.
 *
 *   tierGeometry(['Pratama', 'Madya', 'Nindya'], [{ year: 2019, tier: 'Pratama' }, …], targets, opts)
 *   -> { rows: [{ tier: 'Pratama', y: 150 }, …], path: 'M…', points: [...], missing: [{ year: 2024 }] }
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import { line, curveStepAfter } from 'd3-shape';

export interface TierPointInput {
  year: number;
  tier: string;
  disputed: boolean;
  achieved: boolean | null;
  text: string;
  note: string;
}

export interface TierGeometry {
  width: number;
  height: number;
  rows: Array<{ tier: string; y: number }>;
  xTicks: Array<{ x: number; year: number }>;
  path: string;
  points: Array<TierPointInput & { x: number; y: number; hollow: boolean }>;
  targets: Array<TierPointInput & { x: number; y: number }>;
  missing: Array<{ year: number; x: number }>;
}

export function tierGeometry(
  tiers: readonly string[],
  realised: TierPointInput[],
  targets: TierPointInput[],
  opts: { width: number; height: number; from: number; to: number; labelWidth: number },
): TierGeometry {
  const { width, height, from, to, labelWidth } = opts;
  const x = scaleLinear()
    .domain([from, to])
    .range([labelWidth, width - 48]);
  const y = scalePoint<string>()
    .domain([...tiers])
    .range([height - 40, 16])
    .padding(0.5);
  const inRange = (p: { year: number }) => p.year >= from && p.year <= to;
  const shown = realised.filter(inRange).filter((p) => y(p.tier) !== undefined);
  const primary = new Map<number, TierPointInput>();
  for (const p of shown) if (!primary.has(p.year)) primary.set(p.year, p);
  const step = line<TierPointInput>()
    .x((p) => r(x(p.year)))
    .y((p) => r(y(p.tier)!))
    .curve(curveStepAfter);
  const path = runsOf([...primary.keys()])
    .filter((run) => run.length > 1)
    .map((run) => step(run.map((year) => primary.get(year)!)) ?? '')
    .join('');
  const xTicks = [];
  const missing = [];
  for (let year = from; year <= to; year++) {
    xTicks.push({ x: r(x(year)), year });
    if (!primary.has(year)) missing.push({ year, x: r(x(year)) });
  }
  return {
    width,
    height,
    rows: tiers.map((tier) => ({ tier, y: r(y(tier)!) })),
    xTicks,
    path,
    points: shown.map((p) => ({ ...p, x: r(x(p.year)), y: r(y(p.tier)!), hollow: p.disputed || primary.get(p.year) !== p })),
    targets: targets
      .filter(inRange)
      .filter((p) => y(p.tier) !== undefined)
      .map((p) => ({ ...p, x: r(x(p.year)), y: r(y(p.tier)!) })),
    missing,
  };
}

/** Consecutive years as runs: a year without an assessment breaks the line, a tier is not drawn across a year nobody assessed. */
function runsOf(years: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    const run = runs.at(-1);
    if (run && run.at(-1) === year - 1) run.push(year);
    else runs.push([year]);
  }
  return runs;
}

function r(v: number): number {
  return Math.round(v * 10) / 10;
}
