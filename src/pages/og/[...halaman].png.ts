/**
 * /og/<page>.png: the preview picture of an indicator or region page (og:image), rendered at build time
 * from src/lib/preview.ts with resvg and the DejaVu Sans font of the dejavu-fonts-ttf package (no system
 * fonts), so the picture is the same on every machine.
 *
 *   /og/indikator/idg.png, /og/en/wilayah/19.02.05.png
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Locale } from '../../lib/i18n.ts';
import { childPreview, indicatorPreview, previewCard, regionPreview, type PreviewCard } from '../../lib/preview.ts';
import { catalog, regions, site } from '../../lib/site-data.ts';

const fonts = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const getStaticPaths = (() => {
  const root = site.wilayah.kode;
  const paths = [];
  for (const locale of ['id', 'en'] as const) {
    const prefix = locale === 'en' ? 'en/' : '';
    for (const ind of catalog.indikator)
      paths.push({ params: { halaman: `${prefix}indikator/${ind.id}` }, props: { locale, indicator: ind.id } });
    for (const r of regions)
      if (r.kode === root || r.kode.startsWith(`${root}.`))
        paths.push({ params: { halaman: `${prefix}wilayah/${r.kode}` }, props: { locale, region: r.kode } });
    for (const theme of ['desaku', 'angka'] as const)
      paths.push({ params: { halaman: `${prefix}untuk-anak/${theme}` }, props: { locale, child: theme } });
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { locale, indicator, region, child } = props as { locale: Locale; indicator?: string; region?: string; child?: 'desaku' | 'angka' };
  let card: PreviewCard | null;
  if (child) card = await childPreview(child, locale);
  else if (indicator)
    card = indicatorPreview(
      catalog.indikator.find((i) => i.id === indicator)!,
      locale,
    );
  else
    card = await regionPreview(
      regions.find((r) => r.kode === region)!,
      locale,
    );
  if (!card) return new Response(null, { status: 404 });
  const png = new Resvg(previewCard(card), {
    font: {
      loadSystemFonts: false,
      fontFiles: [join(fonts, 'DejaVuSans.ttf'), join(fonts, 'DejaVuSans-Bold.ttf')],
      defaultFontFamily: 'DejaVu Sans',
    },
  })
    .render()
    .asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
