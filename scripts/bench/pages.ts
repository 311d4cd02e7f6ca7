/**
 * Bytes a browser downloads for a built page: its HTML, the scripts and stylesheets it references
 * (each counted once per page), raw and gzip.
 *
 *   pageWeight('dist', '/indikator/idg/') -> { html: { raw: 26288, gzip: 5060 }, js: {…}, css: {…} }
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  raw: number;
  gzip: number;
}

const weigh = (bytes: Buffer | string): Weight => ({ raw: Buffer.byteLength(bytes), gzip: gzipSync(bytes, { level: 9 }).length });
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

export function pageWeight(dist: string, path: string): { html: Weight; js: Weight; css: Weight } {
  const file = join(dist, path, path.endsWith('/') ? 'index.html' : '');
  const html = readFileSync(file, 'utf8');
  let js: Weight = { raw: 0, gzip: 0 };
  let css: Weight = { raw: 0, gzip: 0 };
  const seen = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /src="([^"]+)"/.exec(m[1] ?? '')?.[1];
    if (src && !seen.has(src) && existsSync(join(dist, src))) {
      seen.add(src);
      js = add(js, weigh(readFileSync(join(dist, src))));
    } else if (!src && m[2]?.trim() && !/type="application\/(ld\+)?json"/.test(m[1] ?? '')) js = add(js, weigh(m[2]));
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    if (!seen.has(m[1]!) && existsSync(join(dist, m[1]!))) {
      seen.add(m[1]!);
      css = add(css, weigh(readFileSync(join(dist, m[1]!))));
    }
  }
  return { html: weigh(html), js, css };
}
