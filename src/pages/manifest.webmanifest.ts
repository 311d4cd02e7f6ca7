/** /manifest.webmanifest: the portal can be added to a phone's home screen under its configured name. */
import type { APIRoute } from 'astro';
import { site } from '../lib/site-data.ts';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: `${site.portal.nama.id} — Sistem Informasi Gender dan Anak`,
      short_name: site.portal.nama.id,
      description: site.portal.penyelenggara.id,
      lang: 'id',
      start_url: '/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#005a8c',
      icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    }),
    { headers: { 'content-type': 'application/manifest+json' } },
  );
