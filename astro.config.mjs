// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

// The site is fully static: `dist/` can be copied to any web server.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [react()],
  server: { port: 4321 },
  devToolbar: { enabled: false },
  // Leaflet's stylesheet references control and marker images the map never shows: keep them as
  // separate files (fetched only if used) instead of inlining them into every map page's CSS.
  // Leaflet 1.9 declares only its UMD build as entry point; its ES module build lets the bundler drop
  // the parts the map never uses (markers, popups, canvas renderer…).
  vite: {
    build: { assetsInlineLimit: 0 },
    resolve: { alias: [{ find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' }] },
  },
});
