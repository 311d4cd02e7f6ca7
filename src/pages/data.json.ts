/** /data.json: the catalogue in the DCAT-US 1.1 shape that CKAN's data.json harvester reads (src/lib/dcat.ts). */
import type { APIRoute } from 'astro';
import { dcatUs } from '../lib/dcat.ts';

export const GET: APIRoute = async () => Response.json(await dcatUs());
