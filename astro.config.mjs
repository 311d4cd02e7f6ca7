// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { existsSync, readFileSync } from 'node:fs';
import csp from './scripts/astro/csp.ts';

/** The tile URL the map may load from, as the data build wrote it. */
function tiles() {
  const site = new URL('./src/generated/site.json', import.meta.url);
  return existsSync(site) ? (JSON.parse(readFileSync(site, 'utf8')).peta?.ubin?.url ?? null) : null;
}

// The site is fully static: `dist/` can be copied to any web server.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [react(), csp({ tiles })],
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
