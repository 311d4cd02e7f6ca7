/**
 * What a server of dist/ must answer, whichever host: the rules deploy/nginx.conf, deploy/.htaccess and
 * deploy/_headers state, as one table the tests hold each of them to.
 */

/** The MIME type of each kind of file the build writes (or will: manifest, downloads, search index). */
export const TYPES: Record<string, string> = {
  html: 'text/html',
  css: 'text/css',
  js: 'application/javascript',
  json: 'application/json',
  csv: 'text/csv',
  svg: 'image/svg+xml',
  txt: 'text/plain',
  xml: 'text/xml',
  png: 'image/png',
  webmanifest: 'application/manifest+json',
  geojson: 'application/geo+json',
  jsonld: 'application/ld+json',
  zip: 'application/zip',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  wasm: 'application/wasm',
};

/** Types sent compressed; the rest (zip, xlsx, pdf, png, search index fragments) are compressed already. */
export const COMPRESSED = [
  'text/html',
  'text/css',
  'text/csv',
  'text/plain',
  'text/xml',
  'application/javascript',
  'application/json',
  'application/ld+json',
  'application/geo+json',
  'application/manifest+json',
  'application/wasm',
  'image/svg+xml',
];

/** Types sent with `; charset=utf-8`: the compressed ones but WebAssembly, which is not text. */
export const UTF8 = COMPRESSED.filter((type) => type !== 'application/wasm');

/** Cache-Control by path: the first pattern that matches. */
export const CACHE: Array<[RegExp, string]> = [
  [/^\/_astro\//, 'public, max-age=31536000, immutable'],
  [/^\/(data|api|pagefind)\//, 'public, max-age=3600'],
  [/^/, 'no-cache'],
];

/** On every response. */
export const ALWAYS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'geolocation=(), camera=(), microphone=()',
};

/** Framing: refused everywhere but under /embed/. */
export function framing(path: string): Record<string, string | null> {
  return path.startsWith('/embed/')
    ? { 'X-Frame-Options': null, 'Content-Security-Policy': 'frame-ancestors *' }
    : { 'X-Frame-Options': 'SAMEORIGIN', 'Content-Security-Policy': "frame-ancestors 'self'" };
}

export const cacheFor = (path: string): string => CACHE.find(([pattern]) => pattern.test(path))![1];
