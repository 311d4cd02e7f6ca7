/**
 * A crawl of dist/ without a browser: no broken internal link or anchor, and every page with a
 * language, a unique title, a meta description, a canonical URL and a Content-Security-Policy
 * without 'unsafe-inline' for scripts; every data page says when its data were last updated.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './harness.ts';

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? pages(path) : path.endsWith('.html') ? [path] : [];
  });
}

const decode = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

describe.runIf(existsSync(join(DIST, 'index.html')))('built pages', () => {
  const files = existsSync(DIST) ? pages(DIST) : [];
  const html = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
  const ids = (text: string) => new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

  it('has a 404 page and more than a hundred pages', () => {
    expect(existsSync(join(DIST, '404.html'))).toBe(true);
    expect(files.length).toBeGreaterThan(100);
  });

  it('gives every page a language, a unique title, a description and a canonical URL', () => {
    const titles = new Map<string, string>();
    for (const [file, text] of html) {
      const page = relative(DIST, file);
      expect(text, page).toMatch(/<html lang="(id|en)"/);
      const title = /<title>([^<]+)<\/title>/.exec(text)?.[1];
      expect(title, page).toBeTruthy();
      expect(titles.get(title!), `${page} repeats the title of ${titles.get(title!)}`).toBeUndefined();
      titles.set(title!, page);
      expect(/<meta name="description" content="([^"]+)"/.exec(text)?.[1]?.length ?? 0, page).toBeGreaterThan(20);
      expect(text, page).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+"/);
    }
  });

  it('says on every data page when its data were last updated, from the sources it cites, and where to report an error', () => {
    const page = (path: string) => html.get(join(DIST, path, 'index.html')) ?? '';
    const updated = (path: string) => /<p class="note updated">\s*([^<]*?)\s*<a href="([^"]+)">/.exec(page(path));
    const data = files
      .map((f) => `/${relative(DIST, f).replace(/index\.html$/, '')}`)
      .filter((p) => /^\/(en\/)?(wilayah\/[^/]+|indikator\/[^/]+|kekerasan|peta)\/$/.test(p));
    expect(data.length).toBeGreaterThan(100);
    const without = data.filter((p) => !updated(p) && !page(p).includes('class="empty"'));
    expect(without).toEqual([]);
    // The newest date among the sources the page's figures cite (data/sources.yml), not a build date.
    expect(updated('/wilayah/19.02/')?.[1]).toBe('Terakhir diperbarui 8 Agustus 2025 (tanggal sumber terbaru).');
    expect(updated('/kekerasan/')?.[1]).toBe('Terakhir diperbarui 28 Oktober 2025 (tanggal sumber terbaru).');
    expect(updated('/en/wilayah/19.02.05.2001/')?.[1]).toBe('Last updated 11 April 2023 (the date of the newest source).');
    expect(updated('/peta/')?.[2]).toBe('https://dspppa.belitung.go.id');
  });

  it('gives every indicator and region page its own preview picture, 1200 × 630, built into dist/', () => {
    const shared = files
      .map((f) => `/${relative(DIST, f).replace(/index\.html$/, '')}`)
      .filter((p) => /^\/(en\/)?(wilayah|indikator)\/[^/]+\/$/.test(p));
    expect(shared.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const path of shared) {
      const text = html.get(join(DIST, path, 'index.html'))!;
      const url = /<meta property="og:image" content="([^"]+)"/.exec(text)?.[1];
      const alt = /<meta property="og:image:alt" content="([^"]+)"/.exec(text)?.[1];
      if (!url || !alt || !text.includes('content="summary_large_image"')) {
        problems.push(`${path}: no og:image with its alt text`);
        continue;
      }
      const file = join(DIST, new URL(url).pathname);
      if (new URL(url).pathname !== `/og${path.replace(/\/$/, '')}.png` || !existsSync(file)) {
        problems.push(`${path}: ${url} is not its own built picture`);
        continue;
      }
      const png = readFileSync(file);
      // The PNG header: width and height in the IHDR chunk.
      if (png.readUInt32BE(16) !== 1200 || png.readUInt32BE(20) !== 630)
        problems.push(`${path}: picture is ${png.readUInt32BE(16)} × ${png.readUInt32BE(20)}`);
    }
    expect(problems).toEqual([]);
    // The alternative text carries the headline figure the picture shows.
    expect(decode(/<meta property="og:image:alt" content="([^"]+)"/.exec(html.get(join(DIST, 'indikator/idg/index.html'))!)![1]!)).toBe(
      'Indeks Pemberdayaan Gender (IDG) — Kabupaten Belitung, 2022: 53,42 (diperdebatkan)',
    );
  });

  it('has a Content-Security-Policy on every page, without unsafe-inline for scripts', () => {
    for (const [file, text] of html) {
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(text)?.[1];
      expect(policy, relative(DIST, file)).toBeTruthy();
      const scripts = /script-src ([^;]+)/.exec(policy!)?.[1] ?? '';
      expect(scripts, relative(DIST, file)).not.toContain('unsafe-inline');
      expect(text.indexOf('Content-Security-Policy'), relative(DIST, file)).toBeLessThan(
        text.indexOf('<script') === -1 ? Infinity : text.indexOf('<script'),
      );
    }
  });

  it('has no broken internal link or anchor', () => {
    const broken: string[] = [];
    for (const [file, text] of html) {
      const page = `/${relative(DIST, file).replace(/index\.html$/, '')}`;
      for (const m of text.matchAll(/\shref="([^"]+)"/g)) {
        const href = decode(m[1]!);
        if (/^(https?:|mailto:|tel:|data:)/.test(href)) continue;
        const url = new URL(href, `http://x${page}`);
        let target = join(DIST, decodeURIComponent(url.pathname));
        if (url.pathname.endsWith('/')) target = join(target, 'index.html');
        if (!existsSync(target)) {
          broken.push(`${page} -> ${href}`);
          continue;
        }
        if (url.hash && target.endsWith('.html')) {
          const anchor = decodeURIComponent(url.hash.slice(1));
          if (!ids(html.get(target) ?? readFileSync(target, 'utf8')).has(anchor)) broken.push(`${page} -> ${href} (no #${anchor})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
