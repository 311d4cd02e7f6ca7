/**
 * Splits an indicator's rows into the series a chart draws: the root region with the province and the
 * nation beside it, or the root region split by sex, or by category. Where the indicator has series
 * (a method, a recording system, a survey period), each region's series is a line of its own, never
 * joined to another: `Kep. Bangka Belitung — metode lama` and `— metode baru` are two lines.
 *
 *   buildSeries(idgRows, ctx) -> { series: [{ key: '19.02', label: 'Kabupaten Belitung', points }, { key: 'ID', … }], targets: [...] }
 */
import { isTotal, type PublishedRow } from '../../model/row.ts';
import type { ChartPointInput, SeriesInput, TargetInput } from './trend.ts';

export interface SeriesContext {
  rootCode: string;
  comparisonCodes: string[];
  regionName: (kode: string) => string;
  categoryName: (kode: string) => string;
  sexName: (jk: 'L' | 'P') => string;
  /** The name of a series code ('' the main one); null where the indicator has only one series. */
  seriesName: (seri: string) => string | null;
  formatValue: (row: PublishedRow) => string;
}

export interface ChartData {
  split: 'wilayah' | 'jenis_kelamin' | 'kategori';
  series: SeriesInput[];
  targets: TargetInput[];
}

function point(r: PublishedRow, ctx: SeriesContext): ChartPointInput {
  return {
    year: r.tahun,
    value: typeof r.nilai === 'number' && r.status !== 'disembunyikan' ? r.nilai : null,
    achieved: r.tercapai,
    disputed: r.status === 'diperdebatkan',
    missing: r.nilai === null,
    text: r.nilai === null ? '' : ctx.formatValue(r),
    note: r.asal === 'dihitung' ? 'dihitung' : r.status,
  };
}

export function buildSeries(rows: readonly PublishedRow[], ctx: SeriesContext): ChartData {
  const realised = rows.filter((r) => r.jenis === 'realisasi');
  const atRoot = realised.filter((r) => r.kode === ctx.rootCode);
  const totals = (kode: string) => realised.filter((r) => r.kode === kode && isTotal(r));
  const byCategory = atRoot.filter((r) => r.kategori !== '' && r.jenis_kelamin === '' && r.kelompok_umur === '');
  const bySex = atRoot.filter((r) => r.jenis_kelamin !== '' && r.kelompok_umur === '' && r.kategori === '');
  const targetRows = rows.filter(
    (r) => r.jenis === 'target' && r.status !== 'digantikan' && r.kode === ctx.rootCode && isTotal(r) && typeof r.nilai === 'number',
  );
  const targets: TargetInput[] = targetRows.map((r) => ({
    year: r.tahun,
    value: r.nilai as number,
    text: ctx.formatValue(r),
    disputed: r.status === 'diperdebatkan',
  }));

  const rootTotals = totals(ctx.rootCode);
  if (rootTotals.length === 0 && byCategory.length > 0) {
    const cats = [...new Set(byCategory.map((r) => r.kategori))];
    return {
      split: 'kategori',
      targets,
      series: cats.map((kat) => ({
        key: kat,
        label: ctx.categoryName(kat),
        points: byCategory.filter((r) => r.kategori === kat).map((r) => point(r, ctx)),
      })),
    };
  }
  if (rootTotals.length === 0 && bySex.length > 0) {
    return {
      split: 'jenis_kelamin',
      targets,
      series: (['L', 'P'] as const)
        .filter((jk) => bySex.some((r) => r.jenis_kelamin === jk))
        .map((jk) => ({ key: jk, label: ctx.sexName(jk), points: bySex.filter((r) => r.jenis_kelamin === jk).map((r) => point(r, ctx)) })),
    };
  }
  const series: SeriesInput[] = [ctx.rootCode, ...ctx.comparisonCodes]
    .flatMap((kode) => bySeries(totals(kode), kode, ctx))
    .filter((s, i) => i === 0 || s.points.length > 0);
  if (bySex.length > 0) {
    for (const jk of ['L', 'P'] as const) {
      const pts = bySex.filter((r) => r.jenis_kelamin === jk);
      if (pts.length > 0) series.push({ key: jk, label: ctx.sexName(jk), points: pts.map((r) => point(r, ctx)) });
    }
  }
  return { split: 'wilayah', targets, series };
}

/**
 * One region's values as lines, one per series in the order they first appear (the main series first
 * where it has values). A region without values still gives its one empty series.
 */
function bySeries(rows: readonly PublishedRow[], kode: string, ctx: SeriesContext): SeriesInput[] {
  const codes = [...new Set(rows.map((r) => r.seri))].sort((a, b) => (a === '' ? -1 : b === '' ? 1 : 0));
  if (codes.length === 0) codes.push('');
  return codes.map((seri) => {
    const name = ctx.seriesName(seri);
    return {
      key: seri === '' ? kode : `${kode}~${seri}`,
      label: name === null ? ctx.regionName(kode) : `${ctx.regionName(kode)} — ${name}`,
      points: rows.filter((r) => r.seri === seri).map((r) => point(r, ctx)),
    };
  });
}

/**
 * Comparison series drawn beside the region's own would flatten it when their scale differs by more
 * than `factor` (Indonesia's 285 million people beside Belitung's 192 thousand): those go to a panel
 * of their own. The first series (the region), the region's other series (another method or recording
 * system: `19.02~…`, however far apart) and those on its scale stay together.
 *
 *   splitByScale([belitung, babel, indonesia]) -> { main: [belitung], own: [babel, indonesia] }
 */
export function splitByScale(series: readonly SeriesInput[], factor = 3): { main: SeriesInput[]; own: SeriesInput[] } {
  const peak = (s: SeriesInput): number => Math.max(0, ...s.points.map((p) => Math.abs(p.value ?? 0)));
  const [first, ...rest] = series;
  if (!first || peak(first) === 0) return { main: [...series], own: [] };
  const base = peak(first);
  const fits = (s: SeriesInput): boolean => {
    if (s.key.startsWith(`${first.key}~`)) return true;
    const p = peak(s);
    return p === 0 || (p / base <= factor && base / p <= factor);
  };
  return { main: [first, ...rest.filter(fits)], own: rest.filter((s) => !fits(s)) };
}
