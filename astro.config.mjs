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
});
