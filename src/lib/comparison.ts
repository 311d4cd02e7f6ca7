/**
 * How the region stands against its province, in one plain sentence: for rates, shares and indices only
 * (never counts, which differ with the size of the area), in the latest year both have a value of the
 * same series, with whether that is better or worse where the indicator has a direction.
 *
 *   standing(ipm, rows, 'id', names)
 *     -> 'Pada 2023 (metode lama), Kabupaten Belitung lebih tinggi daripada Kepulauan Bangka Belitung: 74,02 dibanding 72,85 (lebih baik).'
 */
import { isTotal, type PublishedRow } from '../model/row.ts';
import { formatValue } from './headline.ts';
import { t, type Locale } from './i18n.ts';
import { seriesName } from './indicator-view.ts';
import { region, site, type CatalogIndicator } from './site-data.ts';

export interface Places {
  root: { kode: string; nama: string };
  province: { kode: string; nama: string };
}

/** This portal's region and its province, by name. */
export function sitePlaces(): Places {
  const place = (kode: string) => ({ kode, nama: region(kode)?.nama ?? kode });
  return { root: place(site.wilayah.kode), province: place(site.wilayah.provinsi) };
}

const comparable = (r: PublishedRow): boolean =>
  r.jenis === 'realisasi' && isTotal(r) && typeof r.nilai === 'number' && r.status !== 'digantikan';

/** The first value of each year of one area and series (the headline where sources disagree). */
function firstByYear(rows: readonly PublishedRow[], kode: string, seri: string): Map<number, PublishedRow> {
  const out = new Map<number, PublishedRow>();
  for (const r of rows) if (r.kode === kode && r.seri === seri && comparable(r) && !out.has(r.tahun)) out.set(r.tahun, r);
  return out;
}

export function standing(ind: CatalogIndicator, rows: readonly PublishedRow[], locale: Locale, places: Places): string | null {
  if (ind.tipe !== 'angka') return null;
  let best: { year: number; seri: string; own: PublishedRow; other: PublishedRow } | null = null;
  // The main series first, so that on the same year it is the one told.
  for (const seri of ['', ...(ind.seri ?? []).map((s) => s.kode)]) {
    const own = firstByYear(rows, places.root.kode, seri);
    const other = firstByYear(rows, places.province.kode, seri);
    for (const [year, r] of own) {
      const p = other.get(year);
      if (p && (!best || year > best.year)) best = { year, seri, own: r, other: p };
    }
  }
  if (!best) return null;
  const value = formatValue(best.own, ind, locale, {})!;
  const other = formatValue(best.other, ind, locale, {})!;
  const a = best.own.nilai as number;
  const b = best.other.nilai as number;
  const relation = value === other ? 'cmp.same' : a > b ? 'cmp.higher' : 'cmp.lower';
  const better = ind.polaritas === 'naik' ? a > b : ind.polaritas === 'turun' ? a < b : null;
  const judgement = relation === 'cmp.same' || better === null ? '' : t(locale, better ? 'cmp.better' : 'cmp.worse');
  const series = seriesName(ind, best.seri, locale);
  return t(locale, series ? 'cmp.sentence.series' : 'cmp.sentence', {
    year: best.year,
    series: series ?? '',
    region: places.root.nama,
    relation: t(locale, relation),
    province: places.province.nama,
    value,
    other,
    judgement,
  });
}
