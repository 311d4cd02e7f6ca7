/**
 * Lighthouse 12 (mobile preset) on Debian's Chromium for a few representative pages, offline. Prints the
 * four category scores and LCP, TBT and CLS; fails nothing.
 *
 *   await lighthouse('dist', ['/', '/indikator/idg/', '/peta/', '/wilayah/19.02.05.2001/'])
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveDir } from './serve.ts';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const BIN = resolve(import.meta.dirname, '../../node_modules/.bin/lighthouse');

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

export async function lighthouse(dist: string, paths: string[]): Promise<string[] | null> {
  if (!existsSync(CHROMIUM) || !existsSync(BIN)) return null;
  const server = await serveDir(dist);
  const out: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'siga-lh-'));
  try {
    for (const path of paths) {
      const file = join(dir, 'report.json');
      try {
        // Asynchronous on purpose: the static server runs in this process and must keep answering.
        await promisify(execFile)(
          BIN,
          [
            `${server.base}${path}`,
            '--output=json',
            `--output-path=${file}`,
            '--quiet',
            '--only-categories=performance,accessibility,best-practices,seo',
            '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
          ],
          { env: { ...process.env, CHROME_PATH: CHROMIUM }, timeout: 180_000, maxBuffer: 1 << 26 },
        );
        const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
        const score = (k: string) =>
          report.categories[k]?.score === null || report.categories[k]?.score === undefined
            ? '–'
            : String(Math.round(report.categories[k]!.score! * 100));
        const ms = (k: string) => `${Math.round(report.audits[k]?.numericValue ?? NaN)} ms`;
        out.push(
          `  ${path.padEnd(28)} perf ${score('performance').padStart(3)}  a11y ${score('accessibility').padStart(3)}  best ${score('best-practices').padStart(3)}  seo ${score('seo').padStart(3)}   LCP ${ms('largest-contentful-paint')}  TBT ${ms('total-blocking-time')}  CLS ${(report.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)}`,
        );
      } catch (err) {
        out.push(`  ${path.padEnd(28)} Lighthouse failed: ${(err as Error).message.split('\n')[0]}`);
      }
    }
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
