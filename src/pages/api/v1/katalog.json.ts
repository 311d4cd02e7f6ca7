/** /api/v1/katalog.json: every catalogue indicator with its latest value and its links (src/lib/api.ts). */
import type { APIRoute } from 'astro';
import { apiCatalog } from '../../../lib/api.ts';

export const GET: APIRoute = () => Response.json(apiCatalog());
