/**
 * Geometry of a trend chart, computed at build time: scales, tick positions, line paths with gaps,
 * points coloured by achievement, target markers. Plain data in, plain data and SVG path strings out.
 *
 *   trendGeometry([{ key: '19.02', label: 'Kabupaten Belitung', points: [{ year: 2019, value: 43.07, … }] }], targets, opts)
 *   -> { xTicks: [{ x: 56, year: 2019 }, …], series: [{ path: 'M56,120L…', points: […] }], gaps: [{ year: 2023, … }] }
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { ACHIEVED, NOT_ACHIEVED, seriesColour } from './palette.ts';

export interface ChartPointInput {
  year: number;
  value: number | null;
  /** true/false against the target of that year; null where there is no target. */
  achieved: boolean | null;
  disputed: boolean;
  missing: boolean;
  text: string;
  note: string;
}

export interface SeriesInput {
  key: string;
  label: string;
  points: ChartPointInput[];
}

export interface TargetInput {
  year: number;
  value: number;
  text: string;
  disputed: boolean;
}

export interface TrendOptions {
  width: number;
  height: number;
  from: number;
  to: number;
  formatTick: (value: number) => string;
}

export interface ChartPoint extends ChartPointInput {
  x: number;
  y: number;
  fill: string;
  hollow: boolean;
  series: string;
}

export interface TrendGeometry {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  xTicks: Array<{ x: number; year: number }>;
  yTicks: Array<{ y: number; text: string }>;
  series: Array<{ key: string; label: string; colour: string; path: string; points: ChartPoint[] }>;
  targets: Array<TargetInput & { x: number; y: number }>;
  gaps: Array<{ x: number; year: number; series: string }>;
}

const MARGIN = { top: 16, right: 16, bottom: 48, left: 64 };

/** A y domain that shows the change: from the data's range, widened to 0 when the data sit near it. */
export function yDomain(values: number[]): [number, number] {
  if (values.length === 0) return [0, 1];
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (min >= 0 && min < 0.3 * max) min = 0;
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= pad;
    max += pad;
  }
  const pad = (max - min) * 0.08;
  return [min === 0 ? 0 : min - pad, max + pad];
}

export function trendGeometry(series: SeriesInput[], targets: TargetInput[], opts: TrendOptions): TrendGeometry {
  const { width, height, from, to } = opts;
  const inRange = (year: number) => year >= from && year <= to;
  const values = [
    ...series.flatMap((s) => s.points.filter((p) => inRange(p.year) && p.value !== null).map((p) => p.value as number)),
    ...targets.filter((t) => inRange(t.year)).map((t) => t.value),
  ];
  const y = scaleLinear()
    .domain(yDomain(values))
    .nice(5)
    .range([height - MARGIN.bottom, MARGIN.top]);
  const tickTexts = y.ticks(5).map((v) => ({ v, text: opts.formatTick(v) }));
  // Room for the longest tick label (about 7 px a character at 12 px), so 284.973.643 is not cut off.
  const margin = { ...MARGIN, left: Math.max(MARGIN.left, 14 + 7 * Math.max(0, ...tickTexts.map((tk) => tk.text.length))) };
  const x = scaleLinear()
    .domain([from, to])
    .range([margin.left, width - margin.right]);
  const xTicks = [];
  for (let year = from; year <= to; year++) xTicks.push({ x: round(x(year)), year });
  const yTicks = tickTexts.map((tk) => ({ y: round(y(tk.v)), text: tk.text }));

  const gaps: TrendGeometry['gaps'] = [];
  const scales = { x: (year: number) => round(x(year)), y: (value: number) => round(y(value)), inRange };
  const outSeries = series.map((s, i) => seriesGeometry(s, i, scales, i === 0 ? gaps : null));
  return {
    width,
    height,
    margin,
    xTicks,
    yTicks,
    series: outSeries,
    targets: targets.filter((t) => inRange(t.year)).map((t) => ({ ...t, x: round(x(t.year)), y: round(y(t.value)) })),
    gaps: gaps.sort((a, b) => a.year - b.year || a.series.localeCompare(b.series)),
  };
}

/**
 * One series: its line through consecutive years with values (broken at a missing year), its points
 * (hollow where disputed or not the year's first), and, for the main series, the years it lacks into `gaps`.
 */
function seriesGeometry(
  s: SeriesInput,
  i: number,
  scale: { x: (year: number) => number; y: (value: number) => number; inRange: (year: number) => boolean },
  gaps: TrendGeometry['gaps'] | null,
): TrendGeometry['series'][number] {
  const colour = seriesColour(i);
  const shown = s.points.filter((p) => scale.inRange(p.year));
  const primary = new Map<number, ChartPointInput>();
  for (const p of shown) if (p.value !== null && !primary.has(p.year)) primary.set(p.year, p);
  const years = [...primary.keys()].sort((a, b) => a - b);
  const dense: Array<{ year: number; value: number | null }> = [];
  if (years.length > 0)
    for (let year = years[0]!; year <= years[years.length - 1]!; year++) dense.push({ year, value: primary.get(year)?.value ?? null });
  const path =
    line<{ year: number; value: number | null }>()
      .defined((d) => d.value !== null)
      .x((d) => scale.x(d.year))
      .y((d) => scale.y(d.value as number))(dense) ?? '';
  // Gaps are labelled for the main (first) series only; comparison series just break their line.
  if (gaps) {
    for (const d of dense) if (d.value === null) gaps.push({ x: scale.x(d.year), year: d.year, series: s.key });
    for (const p of shown) {
      if (p.missing && !primary.has(p.year) && !gaps.some((g) => g.year === p.year))
        gaps.push({ x: scale.x(p.year), year: p.year, series: s.key });
    }
  }
  const points: ChartPoint[] = shown
    .filter((p) => p.value !== null)
    .map((p) => ({
      ...p,
      x: scale.x(p.year),
      y: scale.y(p.value as number),
      fill: p.achieved === true ? ACHIEVED : p.achieved === false ? NOT_ACHIEVED : colour,
      hollow: p.disputed || primary.get(p.year) !== p,
      series: s.key,
    }));
  return { key: s.key, label: s.label, colour, path, points };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
