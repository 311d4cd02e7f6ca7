/** /data/catalog.jsonld: the DCAT-AP catalogue (JSON-LD) of every indicator with data (src/lib/dcat.ts). */
import type { APIRoute } from 'astro';
import { dcatAp } from '../../lib/dcat.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(await dcatAp()), { headers: { 'content-type': 'application/ld+json' } });
