/**
 * Colours of a choropleth, computed without d3 so the map page ships little JavaScript.
 *
 *   numericScale([0, 25, 50, 100], 'naik') -> { colour(v), legend: [{ from: 0, to: 25, colour: '#eff3ff' }, …] }
 *   categoryScale(['Belum tercatat', 'Layak Anak']) -> { colour('Layak Anak') -> '#1b7837', … }
 *
 * Five equal-interval classes from ColorBrewer: blues where higher is better or neutral, oranges where
 * lower is better (so more cases read as darker). Categories in scheme order, the first a light grey.
 */
export const BLUES = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;
export const ORANGES = ['#feedde', '#fdbe85', '#fd8d3c', '#e6550d', '#a63603'] as const;
export const CATEGORIES = ['#d9d9d9', '#1b7837', '#5e3c99', '#e66101', '#0571b0'] as const;
export const NO_DATA = 'url(#tanpa-data)';

export interface LegendClass {
  from: number;
  to: number;
  colour: string;
}

export function numericScale(
  values: readonly number[],
  polaritas: 'naik' | 'turun' | 'netral',
): { colour: (v: number) => string; legend: LegendClass[] } {
  const palette = polaritas === 'turun' ? ORANGES : BLUES;
  if (values.length === 0) return { colour: () => palette[0], legend: [] };
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (min === max) return { colour: () => palette[2], legend: [{ from: min, to: max, colour: palette[2] }] };
  const step = (max - min) / palette.length;
  const legend = palette.map((colour, i) => ({ from: min + i * step, to: i === palette.length - 1 ? max : min + (i + 1) * step, colour }));
  return { colour: (v) => palette[Math.min(palette.length - 1, Math.floor((v - min) / step))]!, legend };
}

export function categoryScale(codes: readonly string[]): {
  colour: (v: string) => string;
  legend: Array<{ code: string; colour: string }>;
} {
  const legend = codes.map((code, i) => ({ code, colour: CATEGORIES[i % CATEGORIES.length]! }));
  return { colour: (v) => legend.find((l) => l.code === v)?.colour ?? NO_DATA, legend };
}
