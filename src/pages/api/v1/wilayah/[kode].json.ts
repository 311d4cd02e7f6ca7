/** /api/v1/wilayah/<kode>.json: each indicator's latest value for one region (src/lib/api.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { apiRegion, apiRegions } from '../../../../lib/api.ts';
import type { Region } from '../../../../lib/site-data.ts';

export const getStaticPaths = (() =>
  apiRegions().map((area) => ({ params: { kode: area.kode }, props: { area } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ area: Region }> = async ({ props }) => Response.json(await apiRegion(props.area));
