// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { existsSync, readFileSync } from 'node:fs';
import csp from './scripts/astro/csp.ts';
import reportPdf from './scripts/astro/report-pdf.ts';
import searchIndex from './scripts/astro/search-index.ts';

const siteFile = new URL('./src/generated/site.json', import.meta.url);
/** The site configuration as the data build wrote it (null before the first build). */
const built = () => (existsSync(siteFile) ? JSON.parse(readFileSync(siteFile, 'utf8')) : null);

/** The tile URL the map may load from, as the data build wrote it. */
function tiles() {
  return built()?.peta?.ubin?.url ?? null;
}

// The site is fully static: `dist/` can be copied to any web server.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  // The published address from data/config.yml (portal.url), for the sitemap and canonical links.
  site: built()?.portal?.url ?? 'http://localhost:4321',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    csp({ tiles }),
    // The KLA evidence report as a PDF beside its page, where Chromium is installed.
    reportPdf({
      pages: [
        { path: 'kla/laporan/', file: 'laporan-kla.pdf' },
        { path: 'en/kla/laporan/', file: 'kla-report.pdf' },
      ],
    }),
    // The static search index /cari/ loads on its first query.
    searchIndex(),
    // Embeds are parts of pages for other sites' frames, not pages to find.
    sitemap({ i18n: { defaultLocale: 'id', locales: { id: 'id-ID', en: 'en-GB' } }, filter: (page) => !page.includes('/embed/') }),
  ],
  server: { port: 4321 },
  devToolbar: { enabled: false },
  // Images a stylesheet references stay separate files, fetched only when used, instead of being
  // inlined into every page's CSS.
  // Leaflet 1.9 declares only its UMD build as entry point; its ES module build lets the bundler drop
  // the parts the map never uses (markers, popups, canvas renderer…).
  vite: {
    build: { assetsInlineLimit: 0 },
    resolve: { alias: [{ find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' }] },
  },
});
