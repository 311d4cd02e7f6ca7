/**
 * Browser test harness: serves the built dist/ on 127.0.0.1 at a free port and drives Debian's Chromium
 * through playwright-core, blocking every request that does not go to that server, so the tests prove
 * the site works offline.
 *
 * Without Chromium the browser tests skip with one line; under CI=true a missing Chromium fails.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';

export const DIST = resolve(import.meta.dirname, '../../dist');
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

let warned = false;
/** `describe` when Chromium exists, else a skipped describe with one clear message (an error under CI). */
export function describeBrowser(name: string, body: () => void): void {
  if (chromiumAvailable()) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true')
    throw new Error(`Chromium not found at ${CHROMIUM}: CI must run the browser tests (apt-get install -y chromium).`);
  if (!warned) {
    console.warn(`Browser tests skipped: no Chromium at ${CHROMIUM} (install with: apt-get install -y chromium).`);
    warned = true;
  }
  describe.skip(name, body);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

/** A static file server for dist/, like any web server the Dinas would use. */
export async function serveDist(root: string = DIST): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html']! }).end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  base: string;
  /** Every request that was blocked because it left the local server. */
  blocked: string[];
  /** Console messages reporting a Content-Security-Policy violation or an uncaught page error. */
  problems: string[];
  close(): Promise<void>;
}

export async function openSession(viewport = { width: 1280, height: 900 }, root = DIST): Promise<Session> {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} is not built: run \`npm run build\` (the test setup does this).`);
  const server = await serveDist(root);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport, locale: 'id-ID' });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  const problems: string[] = [];
  context.on('page', (p) => watch(p, problems));
  watch(page, problems);
  return {
    browser,
    context,
    page,
    base: server.url,
    blocked,
    problems,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

function watch(page: Page, problems: string[]): void {
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
}

/**
 * One browser session for the enclosing describe: opened before its tests, closed after them, and
 * failing the describe on any Content-Security-Policy violation or uncaught page error.
 *
 *   const s = useSession();  it('…', async () => { await s.page.goto(`${s.base}/`); });
 */
export function useSession(viewport?: { width: number; height: number }): Session {
  let current: Session | undefined;
  beforeAll(async () => {
    current = await openSession(viewport);
  });
  afterAll(async () => {
    const problems = current?.problems ?? [];
    await current?.close();
    expect(problems).toEqual([]);
  });
  return new Proxy({} as Session, { get: (_, key) => current?.[key as keyof Session] });
}
