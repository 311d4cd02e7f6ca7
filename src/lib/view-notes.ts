/**
 * The notes beside an indicator's chart: its disputed values per year (the headline, the others, why they
 * differ) and what a tier chart must say besides its points (schemes, score conflicts, news sources).
 */
import { isTotal, type PublishedRow } from '../model/row.ts';
import { formatDate, formatNumber } from './format.ts';
import { disputeReason, formatValue, knownFromNews } from './headline.ts';
import { t } from './i18n.ts';
import type { ViewContext } from './indicator-view.ts';
import type { CatalogIndicator } from './site-data.ts';

export interface DisputeNote {
  year: number;
  kind: string;
  headline: string;
  others: string[];
  why: string | null;
}

/**
 * The disputed values of a region, one entry per year and kind: the headline value (the first row of the
 * cell, as everywhere), the alternatives, and the catalogue's sentence on why they differ.
 */
export function disputeNotes(
  rows: readonly PublishedRow[],
  ind: CatalogIndicator,
  ctx: ViewContext,
  kode = ctx.site.wilayah.kode,
): DisputeNote[] {
  const cells = new Map<string, PublishedRow[]>();
  for (const r of rows) {
    if (r.kode !== kode || !isTotal(r) || r.nilai === null) continue;
    // Another series (method, recording system) of the same year is no dispute of it.
    const key = `${r.tahun}|${r.jenis}|${r.seri}`;
    cells.set(key, [...(cells.get(key) ?? []), r]);
  }
  const kindName = (jenis: string): string =>
    jenis === 'target' ? (ind.sebutan_target?.[ctx.locale] ?? t(ctx.locale, 'ind.kind.target')) : t(ctx.locale, 'ind.kind.realisasi');
  return [...cells.values()]
    .filter((cell) => cell.some((r) => r.status === 'diperdebatkan'))
    .map((cell) => {
      const [first, ...rest] = cell.map((r) => formatValue(r, ind, ctx.locale, ctx.schemes) ?? '');
      return {
        year: cell[0]!.tahun,
        kind: kindName(cell[0]!.jenis),
        headline: first!,
        others: rest,
        why: disputeReason(ind, cell[0]!.tahun, ctx.locale),
      };
    })
    .sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind));
}

/**
 * What a tier chart must say besides its points: the scheme of each period (its tiers and score
 * bands), an evaluation score that falls in another tier's band than the tier announced, and a status
 * that rests on a news report rather than a decree.
 *
 *   tierNotes(klaRows, kla, ctx, new Map([[2019, 609.93]]))
 *     -> { schemes: ['Skema sejak 2011: Pratama 500–600, Madya 601–700, …'],
 *          conflicts: ['2019: nilai 609,93 masuk rentang Madya (601–700), tetapi kategori yang diumumkan Pratama. …'],
 *          news: ['2025: Pratama menurut pemberitaan (…); surat keputusannya belum diperiksa.'] }
 */
export function tierNotes(
  rows: readonly PublishedRow[],
  ind: CatalogIndicator,
  ctx: ViewContext,
  scores: ReadonlyMap<number, number>,
): { schemes: string[]; conflicts: string[]; news: string[] } {
  const { locale } = ctx;
  const scheme = ind.skema ? ctx.schemes[ind.skema] : undefined;
  if (!scheme) return { schemes: [], conflicts: [], news: [] };
  const schemes = scheme.berlaku.map((p) =>
    t(locale, p.sampai ? 'tier.scheme.span' : 'tier.scheme.since', {
      from: p.dari,
      to: p.sampai ?? '',
      tiers: p.peringkat.map((tr) => (tr.skor ? `${tr.nama[locale]} ${tr.skor[0]}–${tr.skor[1]}` : tr.nama[locale])).join(', '),
    }),
  );
  const realised = new Map<number, PublishedRow>();
  for (const r of rows) {
    if (r.kode === ctx.site.wilayah.kode && r.jenis === 'realisasi' && typeof r.nilai === 'string' && isTotal(r) && !realised.has(r.tahun))
      realised.set(r.tahun, r);
  }
  const conflicts: string[] = [];
  for (const [year, score] of scores) {
    const announced = realised.get(year);
    const period = scheme.berlaku.find((p) => p.dari <= year && (p.sampai === undefined || year <= p.sampai));
    const band = period?.peringkat.find((tr) => tr.skor && score >= tr.skor[0] && score <= tr.skor[1]);
    if (!announced || !band || band.kode === announced.nilai) continue;
    conflicts.push(
      t(locale, 'tier.conflict', {
        year,
        score: formatNumber(score, locale, 2),
        band: band.nama[locale],
        range: `${band.skor![0]}–${band.skor![1]}`,
        tier: formatValue(announced, ind, locale, ctx.schemes) ?? '',
      }),
    );
  }
  const news = [...realised.values()]
    .filter((r) => ctx.sourceOf && knownFromNews(ind, r, ctx.sourceOf))
    .map((r) => {
      const src = ctx.sourceOf!(r.sumber.split(' ')[0]!)!;
      return t(locale, 'tier.news', {
        year: r.tahun,
        tier: formatValue(r, ind, locale, ctx.schemes) ?? '',
        source: `${src.penerbit}${src.tanggal ? `, ${formatDate(src.tanggal, locale)}` : ''}`,
      });
    });
  return { schemes, conflicts, news };
}
