/**
 * The preview picture a chat app or social site shows for a shared link (og:image): the page's subject,
 * its headline figure large, one plain sentence, and where the figure comes from. Drawn as SVG text
 * here; src/pages/og/ renders it to PNG at build time with a font shipped in an npm package, so the
 * picture is the same on every machine.
 *
 *   previewCard(indicatorPreview(idg, 'id'))
 *     -> '<svg … width="1200" height="630">…Indeks Pemberdayaan Gender (IDG)…53,42…</svg>'
 */
import { escapeMarkup as esc } from './escape.ts';
import { wrapWords } from './chart/trend.ts';
import { formatValue, headline, targetSentence } from './headline.ts';
import { t, type Locale } from './i18n.ts';
import { catalog, region, site, sources, type CatalogIndicator, type Region } from './site-data.ts';
import { isTotal, mainSeries } from '../model/row.ts';
import { loadRows } from './values.ts';

export const PREVIEW = { width: 1200, height: 630 } as const;

export interface PreviewCard {
  /** What the figure is: an indicator's name, or a region's name with its level. */
  title: string;
  /** Where and when: 'Kabupaten Belitung, 2022'. */
  subtitle: string;
  /** The headline figure, or null where there is none yet (then `sentence` says what is missing). */
  value: string | null;
  /** Flags beside the figure ('diperdebatkan', 'sementara'). */
  flag: string;
  sentence: string;
  source: string;
  /** The portal's name and the page's address, at the foot. */
  site: string;
  address: string;
}

export function previewCard(card: PreviewCard): string {
  const { width, height } = PREVIEW;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect width="${width}" height="16" fill="#005a8c"/>`,
  ];
  let y = 96;
  const text = (content: string, size: number, opts: { weight?: string; fill?: string; gap?: number } = {}) => {
    out.push(
      `<text x="72" y="${y}" font-size="${size}" font-weight="${opts.weight ?? 'normal'}" fill="${opts.fill ?? '#1b1f24'}">${esc(content)}</text>`,
    );
    y += opts.gap ?? Math.round(size * 1.3);
  };
  // About 0.55 em a character in DejaVu Sans: lines that fit 1056 px, the last one cut with '…'.
  const fit = (content: string, size: number, lines: number) => {
    const width = Math.floor(1056 / (size * 0.55));
    const all = wrapWords(content, width);
    return all.length > lines
      ? [
          ...all.slice(0, lines - 1),
          `${all
            .slice(lines - 1)
            .join(' ')
            .slice(0, width - 1)}…`,
        ]
      : all;
  };
  for (const line of fit(card.title, 46, 2)) text(line, 46, { weight: 'bold' });
  text(card.subtitle, 30, { fill: '#4a5563', gap: 30 });
  if (card.value !== null) {
    // As large as fits the width (bold DejaVu Sans is about 0.62 em a character), at most 112 px.
    const size = Math.min(112, Math.floor(1056 / (0.62 * card.value.length)));
    y += size - 10;
    text(card.value, size, { weight: 'bold', fill: '#005a8c', gap: Math.round(size * 0.3) + 30 });
    if (card.flag) text(card.flag, 30, { fill: '#C4420A', gap: 56 });
    else y += 16;
  } else y += 24;
  for (const line of fit(card.sentence, 28, card.value === null ? 4 : 2)) text(line, 28);
  y = height - 92;
  for (const line of fit(card.source, 22, 1)) text(line, 22, { fill: '#4a5563' });
  out.push(`<text x="72" y="${height - 40}" font-size="24" font-weight="bold" fill="#005a8c">${esc(card.site)}</text>`);
  out.push(`<text x="${width - 72}" y="${height - 40}" font-size="22" fill="#4a5563" text-anchor="end">${esc(card.address)}</text>`);
  out.push('</svg>');
  return out.join('');
}

/** The picture in words, for og:image:alt: 'IDG — Kabupaten Belitung, 2022: 53,42 (diperdebatkan)'. */
export function previewAlt(card: PreviewCard): string {
  const figure = card.value === null ? card.sentence : `${card.value}${card.flag ? ` (${card.flag})` : ''}`;
  return `${card.title} — ${card.subtitle ? `${card.subtitle}: ` : ''}${figure}`;
}

const host = () => new URL(site.portal.url).host;

export function indicatorPreview(ind: CatalogIndicator, locale: Locale): PreviewCard {
  const root = region(site.wilayah.kode);
  const h = headline(ind, locale, sources, catalog.skema, root?.nama ?? '');
  const path = `${locale === 'en' ? '/en' : ''}/indikator/${ind.id}/`;
  return {
    title: ind.nama[locale],
    subtitle: `${root?.nama ?? ''}${h.year ? `, ${h.year}` : ''}`,
    value: h.value,
    flag: h.statusKeys
      .filter((k) => k.startsWith('status.'))
      .map((k) => t(locale, k))
      .join(', '),
    // Where it stands against its target, else what it measures; the source has its own line below.
    sentence: h.value === null ? (h.missing ?? '') : targetSentence(ind, h, locale, catalog.skema) || ind.definisi[locale],
    source: h.source ? t(locale, 'ind.source.line', { source: h.source.title }) : '',
    site: site.portal.nama[locale],
    address: `${host()}${path}`,
  };
}

/**
 * A region's card shows the figure most telling of it for children: its Desa/Kelurahan Layak Anak status
 * (a desa), the share of its villages that hold it (a kecamatan), the KLA tier (the kabupaten), or else
 * the first indicator with a value there.
 */
const REGION_FIRST = ['desa-layak-anak', 'cakupan-desa-layak-anak', 'kla'];

export async function regionPreview(area: Region, locale: Locale): Promise<PreviewCard> {
  const levelName = t(locale, `reg.level.${area.tingkat}` as 'reg.level.desa');
  const order = [...REGION_FIRST, ...catalog.indikator.map((i) => i.id).filter((id) => !REGION_FIRST.includes(id))];
  const path = `${locale === 'en' ? '/en' : ''}/wilayah/${area.kode}/`;
  const base = { title: `${area.nama} (${levelName})`, site: site.portal.nama[locale], address: `${host()}${path}` };
  for (const id of order) {
    const ind = catalog.indikator.find((i) => i.id === id);
    if (!ind || ind.id === 'penduduk') continue;
    const rows = mainSeries(
      (await loadRows(id)).filter((r) => r.kode === area.kode && r.jenis === 'realisasi' && isTotal(r) && r.nilai !== null),
    );
    if (rows.length === 0) continue;
    const year = Math.max(...rows.map((r) => r.tahun));
    const latest = rows.find((r) => r.tahun === year)!;
    const disputed = rows.some((r) => r.tahun === year && r.status === 'diperdebatkan');
    const flags = [disputed ? t(locale, 'status.diperdebatkan') : '', latest.status === 'sementara' ? t(locale, 'status.sementara') : ''];
    return {
      ...base,
      subtitle: `${ind.nama[locale]}, ${year}`,
      value: formatValue(latest, ind, locale, catalog.skema),
      flag: flags.filter(Boolean).join(', '),
      sentence: t(locale, 'reg.description', { name: area.nama }),
      source: t(locale, 'ind.source.line', { source: sources[latest.sumber.split(' ')[0] ?? '']?.judul_singkat ?? '' }),
    };
  }
  return { ...base, subtitle: '', value: null, flag: '', sentence: t(locale, 'reg.description', { name: area.nama }), source: '' };
}

/** The card of a page "Untuk Anak": its headline figure in the page's own plain words, with its source. */
export async function childPreview(theme: 'desaku' | 'angka', locale: Locale): Promise<PreviewCard | null> {
  const { childFigures } = await import('./children.ts');
  const f = await childFigures(locale);
  const root = region(site.wilayah.kode)?.nama ?? '';
  const path = `${locale === 'en' ? '/en' : ''}/untuk-anak/${theme}/`;
  const base = { flag: '', site: site.portal.nama[locale], address: `${host()}${path}` };
  if (theme === 'desaku' && f.dla)
    return {
      ...base,
      title: t(locale, 'anak.desaku.title'),
      subtitle: `${root}, ${f.dla.year}`,
      value: t(locale, 'opd.of', { n: f.dla.n, total: f.dla.total }),
      sentence: t(locale, 'anak.desaku.figure', { year: f.dla.year, n: f.dla.n, total: f.dla.total, region: root }),
      source: t(locale, 'anak.source', { source: f.dla.source }),
    };
  if (theme === 'angka' && f.kla)
    return {
      ...base,
      title: t(locale, 'anak.angka.kla.h'),
      subtitle: `${root}, ${f.kla.year}`,
      value: f.kla.tier,
      sentence: t(locale, 'anak.angka.figure', { year: f.kla.year, region: root, tier: f.kla.tier }),
      source: t(locale, 'anak.source', { source: f.kla.source }),
    };
  return null;
}
