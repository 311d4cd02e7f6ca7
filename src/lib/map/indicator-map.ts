/**
 * The static map of one indicator on its page: the areas of one level drawn once, and per year the value
 * of each area as the fill (choropleth: rates, shares, statuses) or as a circle (proportional symbols:
 * counts). Years switch by data (src/client/indicator-map.ts), not by drawing one SVG per year.
 *
 *   indicatorMap(rows, psks, ctx, topology)
 *     -> { level: 'kecamatan', kind: 'simbol', years: [2018, …, 2022], areas: [{ kode, nama, d, centre, byYear: { 2022: { text: '14', fill, r } } }], legend: … }
 */
import type { Topology } from 'topojson-specification';
import { isTotal, mainSeriesCode, type PublishedRow } from '../../model/row.ts';
import { seriesColour } from '../chart/palette.ts';
import { formatNumber } from '../format.ts';
import { formatValue } from '../headline.ts';
import { t } from '../i18n.ts';
import type { ViewContext } from '../indicator-view.ts';
import type { CatalogIndicator } from '../site-data.ts';
import { categoryScale, numericScale } from './scale.ts';
import { svgPaths } from './svg.ts';

export const MAP_WIDTH = 640;
export const MAP_HEIGHT = 480;
const MAX_RADIUS = 28;

export interface MapCell {
  /** The value in words, with its flag ("14", "Layak Anak", "data belum tersedia"). */
  text: string;
  /** Fill of the area (choropleth) or null (no value: hatched). */
  fill: string | null;
  /** Radius of the symbol (counts), 0 without one. */
  r: number;
}
export interface MapArea {
  kode: string;
  nama: string;
  d: string;
  point: [number, number] | null;
  centre: [number, number];
  byYear: Record<number, MapCell>;
}
export interface IndicatorMap {
  level: 'kecamatan' | 'desa';
  kind: 'warna' | 'simbol';
  years: number[];
  areas: MapArea[];
  legend: Array<{ label: string; fill: string; r?: number }>;
  unit: string;
}

const sqrtScale = (max: number) => (v: number) => (max > 0 ? Math.round(Math.sqrt(v / max) * MAX_RADIUS * 10) / 10 : 0);

/** Null when the indicator has no realised value at kecamatan or desa level, or no geometry exists. */
export function indicatorMap(
  rows: readonly PublishedRow[],
  ind: CatalogIndicator,
  ctx: ViewContext,
  topology: Topology | null,
): IndicatorMap | null {
  if (!topology) return null;
  const { locale } = ctx;
  // One series on a map: an area's value of another series (method, recording system) is not the same figure.
  const seri = mainSeriesCode(rows);
  const levelRows = (level: 'kecamatan' | 'desa') =>
    rows.filter(
      (r) =>
        r.jenis === 'realisasi' &&
        isTotal(r) &&
        r.seri === seri &&
        ctx.region(r.kode)?.level === level &&
        r.kode.startsWith(`${ctx.site.wilayah.kode}.`),
    );
  // Statuses are held by desa; a number is best shown where there are more of them with values.
  const desa = levelRows('desa').filter((r) => r.nilai !== null);
  const kecamatan = levelRows('kecamatan');
  const level = desa.length > 0 && (ind.tipe === 'kategori' || kecamatan.length === 0) ? 'desa' : 'kecamatan';
  const shown = level === 'desa' ? levelRows('desa') : kecamatan;
  if (!shown.some((r) => r.nilai !== null)) return null;
  const paths = svgPaths(topology, level, MAP_WIDTH, MAP_HEIGHT);
  if (paths.length === 0) return null;
  const years = [...new Set(shown.map((r) => r.tahun))].sort((a, b) => a - b);
  const first = new Map<string, PublishedRow>();
  for (const r of shown) if (!first.has(`${r.kode}|${r.tahun}`)) first.set(`${r.kode}|${r.tahun}`, r);
  const numbers = [...first.values()]
    .filter((r) => typeof r.nilai === 'number' && r.status !== 'disembunyikan')
    .map((r) => r.nilai as number);
  const { kind, cell, legend } = mapScale(ind, numbers, ctx);
  const unit = ind.satuan[locale];
  const areas = paths.map((p): MapArea => {
    const byYear: Record<number, MapCell> = {};
    for (const year of years) {
      const r = first.get(`${p.kode}|${year}`);
      byYear[year] =
        !r || r.nilai === null ? { text: t(locale, 'value.missing'), fill: null, r: 0 } : { text: cellText(r, ind, ctx), ...cell(r) };
    }
    return { kode: p.kode, nama: p.nama, d: p.d, point: p.point, centre: p.centre, byYear };
  });
  return { level, kind, years, areas, legend, unit };
}

/** A value in words with its unit and flag ("14 kasus", "53,42 indeks (sementara)"); a hidden count says so. */
function cellText(r: PublishedRow, ind: CatalogIndicator, ctx: ViewContext): string {
  const { locale } = ctx;
  if (r.status === 'disembunyikan') return t(locale, 'value.suppressed');
  const flag = r.status === 'diperdebatkan' || r.status === 'sementara' ? ` (${t(locale, `status.${r.status}`)})` : '';
  return `${formatValue(r, ind, locale, ctx.schemes) ?? ''}${typeof r.nilai === 'number' ? ` ${ind.satuan[locale]}` : ''}${flag}`;
}

/**
 * How values are drawn: tiers and categories by their colour, counts as circles sized by the count, other
 * numbers by the colour of their class; with the legend that says so.
 */
function mapScale(
  ind: CatalogIndicator,
  numbers: readonly number[],
  ctx: ViewContext,
): { kind: IndicatorMap['kind']; cell: (r: PublishedRow) => Omit<MapCell, 'text'>; legend: IndicatorMap['legend'] } {
  const { locale } = ctx;
  const unit = ind.satuan[locale];
  if (ind.tipe === 'kategori' || ind.tipe === 'ordinal') {
    const scheme = ind.skema ? ctx.schemes[ind.skema] : undefined;
    const tiers = scheme?.berlaku.at(-1)?.peringkat ?? [];
    const scale = categoryScale(tiers.map((tr) => tr.kode));
    return {
      kind: 'warna',
      cell: (r) => ({ fill: typeof r.nilai === 'string' ? scale.colour(r.nilai) : null, r: 0 }),
      legend: tiers.map((tr) => ({ label: tr.nama[locale], fill: scale.colour(tr.kode) })),
    };
  }
  if (ind.tipe === 'jumlah') {
    const max = Math.max(...numbers, 0);
    const radius = sqrtScale(max);
    const marks = [...new Set([max, Math.round(max / 2), Math.round(max / 10)])].filter((v) => v > 0);
    return {
      kind: 'simbol',
      cell: (r) => ({ fill: '#f4f6f8', r: typeof r.nilai === 'number' ? radius(r.nilai) : 0 }),
      legend: marks.map((v) => ({ label: `${formatNumber(v, locale, 0)} ${unit}`, fill: seriesColour(0), r: radius(v) })),
    };
  }
  const scale = numericScale(numbers, ind.polaritas);
  return {
    kind: 'warna',
    cell: (r) => ({ fill: typeof r.nilai === 'number' && r.status !== 'disembunyikan' ? scale.colour(r.nilai) : null, r: 0 }),
    legend: scale.legend.map((c) => ({
      label: `${formatNumber(c.from, locale, ind.desimal)}–${formatNumber(c.to, locale, ind.desimal)} ${unit}`,
      fill: c.colour,
    })),
  };
}
