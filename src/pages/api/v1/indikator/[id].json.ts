/** /api/v1/indikator/<id>.json: one indicator's metadata, sources and every value (src/lib/api.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { apiIndicator } from '../../../../lib/api.ts';
import { catalog, type CatalogIndicator } from '../../../../lib/site-data.ts';

export const getStaticPaths = (() =>
  catalog.indikator
    .filter((ind) => ind.ringkasan.jumlah_baris > 0)
    .map((ind) => ({ params: { id: ind.id }, props: { ind } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ ind: CatalogIndicator }> = async ({ props }) => Response.json(await apiIndicator(props.ind));
