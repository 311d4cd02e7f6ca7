/**
 * Astro integration: after the build, prints the KLA evidence report (/kla/laporan/ and its English
 * page) to an A4 PDF beside the page with Debian's Chromium, and puts the PDF's link into the page's
 * marked placeholder (`<span data-laporan-pdf data-label="…" hidden></span>`). Where Chromium is not
 * installed the build says so in one line and the page keeps only its print button: no dead link.
 *
 *   reportPdf({ pages: [{ path: 'kla/laporan/', file: 'laporan-kla.pdf' }] })
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

interface ReportPage {
  /** The page's folder under dist/, e.g. 'kla/laporan/'. */
  path: string;
  /** The PDF's name, written into that folder. */
  file: string;
}

const CHROMIUM = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const PLACEHOLDER = /<span data-laporan-pdf data-label="([^"]*)"[^>]*><\/span>/;

export default function reportPdf(options: { pages: ReportPage[] }): AstroIntegration {
  let projectRoot = process.cwd();
  return {
    name: 'siga-report-pdf',
    hooks: {
      'astro:config:setup': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = options.pages.filter((p) => existsSync(join(root, p.path, 'index.html')));
        if (pages.length === 0) return;
        const executable = CHROMIUM.find((p): p is string => Boolean(p) && existsSync(p!));
        if (!executable) {
          logger.info(
            'PDF laporan KLA tidak dibuat: Chromium tidak ditemukan (apt-get install chromium). Halaman laporan tetap bisa dicetak dari peramban.',
          );
          return;
        }
        await printPages(root, pages, executable, logger, release(projectRoot));
      },
    },
  };
}

async function printPages(
  root: string,
  pages: ReportPage[],
  executable: string,
  logger: AstroIntegrationLogger,
  { origin, day }: ReturnType<typeof release>,
): Promise<void> {
  // Loaded by Node itself: the config's module runner is closed by the time the build is done.
  const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
  const browser = await chromium.launch({ executablePath: executable, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    // dist/ answers under the portal's own address, so the links in the PDF lead to the portal.
    await page.route(`${origin}/**`, (route) => {
      const file = distFile(root, new URL(route.request().url()).pathname);
      return file
        ? route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) })
        : route.fulfill({ status: 404 });
    });
    for (const p of pages) {
      await page.goto(`${origin}/${p.path}`, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        margin: { top: '15mm', bottom: '18mm', left: '15mm', right: '15mm' },
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate:
          '<div style="font-size:8px;width:100%;padding:0 15mm;display:flex;justify-content:space-between;font-family:sans-serif"><span class="title"></span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>',
      });
      writeFileSync(join(root, p.path, p.file), day ? datedOn(pdf, day) : pdf);
      const html = join(root, p.path, 'index.html');
      const text = readFileSync(html, 'utf8');
      writeFileSync(
        html,
        text.replace(PLACEHOLDER, (_, label: string) => `<a href="${p.file}" download>${label}</a>`),
      );
      logger.info(`PDF laporan: ${p.path}${p.file} (${Math.round(pdf.length / 1024)} KB)`);
    }
  } catch (e) {
    logger.warn(`PDF laporan KLA tidak dibuat: ${(e as Error).message.split('\n')[0]}. Halaman laporan tetap bisa dicetak dari peramban.`);
  } finally {
    await browser.close();
  }
}

/** The portal's address and the build's release day (YYYYMMDD), from src/generated/site.json (`npm run data`). */
function release(projectRoot: string): { origin: string; day: string | null } {
  const path = join(projectRoot, 'src', 'generated', 'site.json');
  const site = existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as { portal?: { url?: string }; rilis?: { tanggal?: string } })
    : {};
  const date = site.rilis?.tanggal ?? '';
  return {
    origin: new URL(site.portal?.url ?? 'https://siga.invalid').origin,
    day: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date.replaceAll('-', '') : null,
  };
}

/**
 * The PDF dated at the start of the release day instead of the second Chromium printed it, so a rebuild
 * writes the same bytes. Only digits are replaced, one for one: the file's byte offsets stay valid.
 */
export function datedOn(pdf: Uint8Array, day: string): Buffer {
  const text = Buffer.from(pdf).toString('latin1');
  return Buffer.from(text.replace(/(\/(?:CreationDate|ModDate) ?\(D:)\d{14}/g, `$1${day}000000`), 'latin1');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** The file of dist/ an address asks for (a folder's index.html); null outside dist/ or where there is none. */
function distFile(root: string, pathname: string): string | null {
  const path = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return file.startsWith(root) && existsSync(file) ? file : null;
}
