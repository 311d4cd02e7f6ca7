/**
 * Geometry of a trend chart, computed at build time: scales, tick positions, line paths with gaps,
 * points coloured by achievement, target markers. Plain data in, plain data and SVG path strings out.
 *
 *   trendGeometry([{ key: '19.02', label: 'Kabupaten Belitung', points: [{ year: 2019, value: 43.07, … }] }], targets, opts)
 *   -> { xTicks: [{ x: 56, year: 2019 }, …], series: [{ path: 'M56,120L…', points: […], label: … }], gaps: [{ year: 2023, … }] }
 *
 * It runs in the browser too (the year range redraws the chart on the new scale), so it leans on
 * d3-array's tick rules only, not on d3-scale and its interpolators.
 */
import { nice, ticks } from 'd3-array';
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
  /** Name each line at its end (when there are two or more): the size of the label text, 0 for none. */
  labelSize?: number;
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
  series: Array<{ key: string; label: string; colour: string; path: string; points: ChartPoint[]; end: EndLabel | null }>;
  targets: Array<TargetInput & { x: number; y: number }>;
  gaps: Array<{ x: number; year: number; series: string }>;
}

/** A line's name written at its last point, in lines of a few words, moved apart from the others. */
export interface EndLabel {
  x: number;
  y: number;
  lines: string[];
}

const MARGIN = { top: 16, right: 16, bottom: 48, left: 64 };

/** A y domain that shows the change: from the data's range, widened to 0 when the data sit near it. */
export function yDomain(values: number[]): [number, number] {
  if (values.length === 0) return [0, 1];
  let min = Math.min(...values);
  let max = Math.max(...values);
  const nonNegative = min >= 0;
  if (nonNegative && min < 0.3 * max) min = 0;
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    min = nonNegative ? Math.max(0, min - pad) : min - pad;
    max += pad;
  }
  const pad = (max - min) * 0.08;
  // Values that cannot be negative (counts, shares) never get an axis below zero.
  return [min === 0 ? 0 : nonNegative ? Math.max(0, min - pad) : min - pad, max + pad];
}

export function trendGeometry(series: SeriesInput[], targets: TargetInput[], opts: TrendOptions): TrendGeometry {
  const { width, height, from, to } = opts;
  const inRange = (year: number) => year >= from && year <= to;
  const values = [
    ...series.flatMap((s) => s.points.filter((p) => inRange(p.year) && p.value !== null).map((p) => p.value as number)),
    ...targets.filter((t) => inRange(t.year)).map((t) => t.value),
  ];
  const [lo, hi] = nice(...yDomain(values), 5);
  const y = linear([lo, hi], [height - MARGIN.bottom, MARGIN.top]);
  const tickTexts = ticks(lo, hi, 5).map((v) => ({ v, text: opts.formatTick(v) }));
  // Room for the longest tick label (about 7 px a character at 12 px), so 284.973.643 is not cut off.
  const margin = { ...MARGIN, left: Math.max(MARGIN.left, 14 + 7 * Math.max(0, ...tickTexts.map((tk) => tk.text.length))) };
  // Room on the right for the names of the lines, where there is more than one line to tell apart.
  const size = opts.labelSize ?? 0;
  const drawn = series.filter((s) => s.points.some((p) => inRange(p.year) && p.value !== null));
  // Names wrap at about a fifth of the chart's width: one line on a wide chart, a word a line on a phone.
  const wrap = Math.max(9, Math.round((width * 0.2) / (0.6 * size || 1)));
  const wrapped = new Map(series.map((s) => [s.key, wrapWords(s.label, wrap)]));
  // Names that would not fit beside the plot stacked (many lines on a phone) are left to the legend below it.
  const stacked = drawn.reduce((sum, s) => sum + wrapped.get(s.key)!.length * Math.round(size * 1.2) + 2, 0);
  const named = size > 0 && drawn.length > 1 && stacked <= height - MARGIN.top - MARGIN.bottom;
  if (named)
    margin.right = Math.max(margin.right, 20 + Math.ceil(0.68 * size * Math.max(...[...wrapped.values()].flat().map((l) => l.length))));
  const x = linear([from, to], [margin.left, width - margin.right]);
  const xTicks = [];
  for (let year = from; year <= to; year++) xTicks.push({ x: round(x(year)), year });
  const yTicks = tickTexts.map((tk) => ({ y: round(y(tk.v)), text: tk.text }));

  const gaps: TrendGeometry['gaps'] = [];
  const scales = { x: (year: number) => round(x(year)), y: (value: number) => round(y(value)), inRange };
  const outSeries = series.map((s, i) => seriesGeometry(s, i, scales, i === 0 ? gaps : null));
  if (named) placeEndLabels(outSeries, wrapped, size, width - margin.right + 14, [MARGIN.top, height - MARGIN.bottom]);
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

function linear([d0, d1]: [number, number], [r0, r1]: [number, number]): (v: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => (d1 === d0 ? (r0 + r1) / 2 : r0 + (v - d0) * k);
}

/** 'Provinsi Kepulauan Bangka Belitung' in lines of at most `width` characters, broken between words. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Each line's name in the right margin at the height of its last value (as Our World in Data does), in
 * the line's colour, pushed apart top to bottom so no two names overlap, and kept within the plot's
 * height (if the names pile up at the bottom, the stack moves up).
 */
function placeEndLabels(
  series: TrendGeometry['series'],
  wrapped: Map<string, string[]>,
  size: number,
  x: number,
  [top, bottom]: [number, number],
): void {
  const lineHeight = Math.round(size * 1.2);
  const placed = series
    .map((s) => {
      const last = s.points.filter((p) => !p.hollow).at(-1) ?? s.points.at(-1);
      return last ? { s, y: last.y, lines: wrapped.get(s.key) ?? [s.label] } : null;
    })
    .filter((p): p is NonNullable<typeof p> => p !== null)
    .sort((a, b) => a.y - b.y);
  const heightOf = (p: (typeof placed)[number]) => p.lines.length * lineHeight;
  // Top of each block: centred on its point, then moved down past the block above.
  let edge = top;
  const tops = placed.map((p) => {
    const t = Math.max(edge, p.y - heightOf(p) / 2);
    edge = t + heightOf(p) + 2;
    return t;
  });
  const overflow = edge - 2 - bottom;
  if (overflow > 0)
    for (let i = tops.length - 1, limit = bottom; i >= 0; i--) {
      tops[i] = Math.min(tops[i]!, limit - heightOf(placed[i]!));
      limit = tops[i]! - 2;
    }
  placed.forEach((p, i) => {
    p.s.end = { x: round(x), y: round(tops[i]! + size * 0.85), lines: p.lines };
  });
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
  // One M…L… run per stretch of consecutive years with values.
  let path = '';
  let open = false;
  for (const d of dense) {
    if (d.value === null) open = false;
    else {
      path += `${open ? 'L' : 'M'}${scale.x(d.year)},${scale.y(d.value)}`;
      open = true;
    }
  }
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
  return { key: s.key, label: s.label, colour, path, points, end: null };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
