/**
 * What a browser really loads for a page (scripts imported lazily included): served from dist/ on
 * 127.0.0.1 and opened in Debian's Chromium, every non-local request blocked.
 *
 *   await loadedBytes('dist', ['/peta/']) -> { '/peta/': { js: { raw, gzip }, all: { raw, gzip } } }
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serveDir } from './serve.ts';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export async function loadedBytes(
  dist: string,
  paths: string[],
): Promise<Record<string, { js: { raw: number; gzip: number }; all: { raw: number; gzip: number } }> | null> {
  if (!existsSync(CHROMIUM)) return null;
  const server = await serveDir(dist);
  const base = server.base;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const out: Record<string, { js: { raw: number; gzip: number }; all: { raw: number; gzip: number } }> = {};
  try {
    for (const path of paths) {
      const page = await browser.newPage();
      const files = new Set<string>();
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (!url.startsWith(base)) return route.abort();
        files.add(new URL(url).pathname);
        return route.continue();
      });
      await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      const sum = { js: { raw: 0, gzip: 0 }, all: { raw: 0, gzip: 0 } };
      for (const f of files) {
        let file = join(dist, f);
        if (f.endsWith('/')) file = join(file, 'index.html');
        if (!existsSync(file)) continue;
        const bytes = readFileSync(file);
        const gz = gzipSync(bytes, { level: 9 }).length;
        sum.all.raw += bytes.length;
        sum.all.gzip += gz;
        if (f.endsWith('.js')) {
          sum.js.raw += bytes.length;
          sum.js.gzip += gz;
        }
      }
      out[path] = sum;
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}
