/** /robots.txt: every page may be indexed; the sitemap of both languages is named with the portal's own address. */
import type { APIRoute } from 'astro';
import { site } from '../lib/site-data.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site.portal.url).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
