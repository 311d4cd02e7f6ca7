/**
 * What the map explorer (/peta/) shows besides the map itself, as HTML text from plain data: its title,
 * legend (with the unit; circle sizes for counts), the table of the same values, and an area's tooltip.
 * The page writes them at build time for the first view, and the page script (src/client/peta.ts)
 * writes them again from the same functions when the level, indicator or year changes.
 *
 *   explorerScale(indicator, [14, 4, 2]) -> { kind: 'simbol', radius(v), marks: [14, 7, 1] }
 *   titleText(indicator, 'kecamatan', 2022, labels) -> 'PSKS: Pendamping … per kecamatan, 2022'
 */
import { escapeMarkup as esc } from '../escape.ts';
import type { MapCell } from '../../model/map-values.ts';
import { formatNumber } from '../format.ts';
import { fillTemplate } from '../template.ts';
import type { Locale } from '../i18n.ts';
import { categoryScale, NO_DATA, numericScale, type LegendClass } from './scale.ts';

export interface ExplorerIndicator {
  id: string;
  nama: string;
  satuan: string;
  polaritas: 'naik' | 'turun' | 'netral';
  desimal: number;
  kategori: Array<{ kode: string; nama: string }> | null;
  /** A count (tipe 'jumlah'): drawn as proportional circles, never as a choropleth. */
  jumlah: boolean;
  tingkat: Array<'kecamatan' | 'desa'>;
  tahun: number[];
}

export interface ExplorerArea {
  kode: string;
  nama: string;
  level: 'kecamatan' | 'desa';
}

/** The words of the explorer, in the page's language; `{name}`-style holes are filled here. */
export type ExplorerLabels = Record<
  | 'level'
  | 'kecamatan'
  | 'desa'
  | 'indicator'
  | 'year'
  | 'missing'
  | 'hidden'
  | 'ofTotal'
  | 'source'
  | 'area'
  | 'value'
  | 'estimated'
  | 'mapLabel'
  | 'title'
  | 'unit'
  | 'open'
  | 'levelNone'
  | 'symbols'
  | 'status.diperdebatkan'
  | 'status.sementara'
  | 'status.belum_tersedia',
  string
>;

export type ExplorerScale =
  | { kind: 'kategori'; colour: (v: string) => string; legend: Array<{ code: string; colour: string }> }
  | { kind: 'angka'; colour: (v: number) => string; legend: LegendClass[] }
  | { kind: 'simbol'; radius: (v: number) => number; marks: number[] };

/** Largest circle of a count, in CSS px. */
export const MAX_RADIUS = 24;
/** The plain fill of areas under count circles: their colour carries no meaning. */
export const AREA_UNDER_SYMBOL = '#f4f6f8';

export function explorerScale(indicator: ExplorerIndicator, numbers: number[]): ExplorerScale {
  if (indicator.kategori) return { kind: 'kategori', ...categoryScale(indicator.kategori.map((k) => k.kode)) };
  if (indicator.jumlah) {
    // Circle area proportional to the count: there is no population per area to make a rate of.
    const max = Math.max(0, ...numbers);
    const radius = (v: number) => (max > 0 ? Math.round(Math.sqrt(v / max) * MAX_RADIUS * 10) / 10 : 0);
    const marks = [...new Set([max, Math.round(max / 2), Math.round(max / 10)])].filter((v) => v > 0);
    return { kind: 'simbol', radius, marks };
  }
  return { kind: 'angka', ...numericScale(numbers, indicator.polaritas) };
}

/** The area's fill: its class colour, the plain fill under a count's circle, or the hatch for no value. */
export function areaFill(scale: ExplorerScale, cell: MapCell | undefined): string {
  const v = cell?.[0];
  if (v === null || v === undefined) return NO_DATA;
  if (scale.kind === 'simbol') return AREA_UNDER_SYMBOL;
  return scale.kind === 'kategori' ? scale.colour(String(v)) : scale.colour(v as number);
}

/** 'Badau: 100 % desa dan kelurahan (7 dari 7)' without the name: the value in words with its unit and detail. */
export function cellText(indicator: ExplorerIndicator, cell: MapCell | undefined, labels: ExplorerLabels, locale: Locale): string {
  if (!cell || cell[0] === null) return cell?.[1] === 'disembunyikan' ? labels.hidden : labels.missing;
  const value =
    typeof cell[0] === 'number'
      ? formatNumber(cell[0], locale, indicator.desimal)
      : (indicator.kategori?.find((k) => k.kode === cell[0])?.nama ?? cell[0]);
  const [n, total] = cell[3] ? cell[3].split('/') : [];
  const detail = cell[3] ? ` (${fillTemplate(labels.ofTotal, { n: n!, total: total! })})` : '';
  return `${value}${typeof cell[0] === 'number' ? ` ${indicator.satuan}` : ''}${detail}`;
}

export function titleText(indicator: ExplorerIndicator, level: 'kecamatan' | 'desa', year: number, labels: ExplorerLabels): string {
  return `${fillTemplate(labels.title, { name: indicator.nama, level: labels[level].toLowerCase() })}, ${year}`;
}

/** The levels an indicator lacks, said once beside the level switch ('Desa/kelurahan: tidak tersedia …'), or ''. */
export function levelNote(indicator: ExplorerIndicator, labels: ExplorerLabels): string {
  const missing = (['kecamatan', 'desa'] as const).filter((lv) => !indicator.tingkat.includes(lv));
  return missing.map((lv) => `${labels[lv]}: ${labels.levelNone}`).join('; ');
}

export function legendHtml(
  indicator: ExplorerIndicator,
  scale: ExplorerScale,
  labels: ExplorerLabels,
  locale: Locale,
  estimated: boolean,
): string {
  const items = [`<span class="legend-unit">${esc(fillTemplate(labels.unit, { unit: indicator.satuan }))}</span>`];
  if (scale.kind === 'kategori')
    for (const l of scale.legend)
      items.push(
        `<span><i style="background:${l.colour}"></i> ${esc(indicator.kategori?.find((k) => k.kode === l.code)?.nama ?? l.code)}</span>`,
      );
  if (scale.kind === 'angka')
    for (const l of scale.legend)
      items.push(
        `<span><i style="background:${l.colour}"></i> ${esc(formatNumber(l.from, locale, indicator.desimal))}–${esc(formatNumber(l.to, locale, indicator.desimal))}</span>`,
      );
  if (scale.kind === 'simbol')
    for (const v of scale.marks) {
      const r = scale.radius(v);
      items.push(
        `<span><svg class="legend-symbol" width="${2 * r + 4}" height="${2 * r + 4}" aria-hidden="true"><circle cx="${r + 2}" cy="${r + 2}" r="${r}" fill="#0072B2" fill-opacity="0.75"/></svg> ${esc(formatNumber(v, locale, 0))} ${esc(indicator.satuan)}</span>`,
      );
    }
  items.push(`<span><i class="hatch"></i> ${esc(labels.missing)}</span>`);
  if (scale.kind === 'simbol') items.push(`<span class="note">${esc(fillTemplate(labels.symbols, { unit: indicator.satuan }))}</span>`);
  if (estimated) items.push(`<span class="perkiraan">${esc(labels.estimated)}</span>`);
  return items.join('');
}

/** The rows of the table under the map: each area linked to its page, with its value in words. */
export function tableRowsHtml(
  areas: ExplorerArea[],
  indicator: ExplorerIndicator,
  cells: Map<string, MapCell>,
  labels: ExplorerLabels,
  locale: Locale,
  regionPath: string,
): string {
  return areas
    .map(
      (a) =>
        `<tr><th scope="row" data-label="${esc(labels.area)}"><a href="${esc(`${regionPath}${a.kode}/`)}">${esc(a.nama)}</a></th><td data-label="${esc(labels.value)}">${esc(cellText(indicator, cells.get(a.kode), labels, locale))}</td></tr>`,
    )
    .join('');
}

/** An area's tooltip: name, indicator and year with the value, its sources and flag, and (after a tap) the way to its page. */
export function tooltipHtml(
  area: ExplorerArea,
  indicator: ExplorerIndicator,
  year: number,
  cell: MapCell | undefined,
  ctx: { labels: ExplorerLabels; locale: Locale; sources: Record<string, string>; regionPath: string; pinned: boolean },
): string {
  const { labels } = ctx;
  const parts = [
    `<strong>${esc(area.nama)}</strong>`,
    `${esc(indicator.nama)}, ${year}: ${esc(cellText(indicator, cell, labels, ctx.locale))}`,
  ];
  if (cell?.[2])
    parts.push(
      `${esc(labels.source)}: ${esc(
        cell[2]
          .split(' ')
          .map((s) => ctx.sources[s] ?? s)
          .join('; '),
      )}`,
    );
  if (cell?.[1] && cell[1] !== 'disembunyikan') parts.push(esc(labels[`status.${cell[1]}` as keyof ExplorerLabels] ?? cell[1]));
  if (ctx.pinned)
    parts.push(`<a href="${esc(`${ctx.regionPath}${area.kode}/`)}">${esc(fillTemplate(labels.open, { name: area.nama }))}</a>`);
  return parts.join('<br>');
}
