/**
 * Astro integration: after the build, gives every HTML page a Content-Security-Policy meta tag as the
 * first element of <head>. Scripts run only from the site itself or, for the few inline scripts Astro
 * writes (island bootstrap, small page scripts), by their SHA-256 hash: no 'unsafe-inline' for scripts.
 *
 *   cspFor(html, { tiles: 'https://tile.openstreetmap.org' }) -> "default-src 'self'; script-src 'self' 'sha256-…'; …"
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    if (/\bsrc=/.test(attrs) || /type="application\/(ld\+)?json"/.test(attrs)) continue;
    hashes.add(
      `'sha256-${createHash('sha256')
        .update(m[2] ?? '')
        .digest('base64')}'`,
    );
  }
  return [...hashes].sort();
}

export function cspFor(html: string, opts: { tiles: string | null }): string {
  const img = ["'self'", 'data:', 'blob:', ...(opts.tiles ? [opts.tiles] : [])].join(' ');
  return [
    "default-src 'self'",
    // The search page runs Pagefind's WebAssembly; no other page may compile any.
    `script-src 'self'${html.includes('data-search') ? " 'wasm-unsafe-eval'" : ''} ${inlineScriptHashes(html).join(' ')}`.trim(),
    // Style attributes (Leaflet, React) cannot be hashed; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    `img-src ${img}`,
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
  });
}

/** The origin of the configured tile URL template, e.g. 'https://tile.openstreetmap.org'. */
export function tileOrigin(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url.replace(/\{[a-z]\}/g, 'a')).origin;
  } catch {
    return null;
  }
}

export default function csp(opts: { tiles: () => string | null }): AstroIntegration {
  return {
    name: 'siga-csp',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const tiles = tileOrigin(opts.tiles());
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          if (html.includes('http-equiv="Content-Security-Policy"')) continue;
          const meta = `<meta http-equiv="Content-Security-Policy" content="${cspFor(html, { tiles })}">`;
          writeFileSync(file, html.replace(/<head>/i, `<head>${meta}`));
        }
      },
    },
  };
}
