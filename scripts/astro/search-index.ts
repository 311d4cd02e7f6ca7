/**
 * Astro integration: after the build, Pagefind indexes every page's <main data-pagefind-body> (one index
 * per language, from <html lang>) into dist/pagefind/, which /cari/ loads on its first query. Embeds
 * and the 404 page carry no such element and are left out.
 *
 *   searchIndex()   // in astro.config.mjs integrations
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// Imported with the config (a dynamic import in the hook would go through Vite's closed module runner);
// the Pagefind binary itself starts only when createIndex runs.
import * as pagefind from 'pagefind';

export default function searchIndex(): AstroIntegration {
  return {
    name: 'siga-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: root });
        const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
        await pagefind.close();
        const problems = [...added.errors, ...written.errors];
        if (problems.length > 0) throw new Error(`Pagefind: ${problems.join('; ')}`);
        logger.info(`Indeks pencarian: ${added.page_count} halaman.`);
      },
    },
  };
}
