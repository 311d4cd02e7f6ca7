/** /api/v1/schema/<name>.schema.json: the JSON Schema of each API file's shape (src/lib/api.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { API_SCHEMAS } from '../../../../lib/api.ts';

export const getStaticPaths = (() => Object.keys(API_SCHEMAS).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => Response.json(API_SCHEMAS[params.name as keyof typeof API_SCHEMAS]);
