/**
 * /data/excel/<id>.csv: the same rows as /data/<id>.csv (written by the build) in the flavour Excel set
 * to Indonesian opens correctly: semicolons, decimal commas, a byte order mark (src/model/csv.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DOWNLOAD_COLUMNS } from '../../../model/row.ts';
import { CSV_START, csvLine } from '../../../model/csv.ts';
import { siteViewContext, tableRows } from '../../../lib/indicator-view.ts';
import { catalog, type CatalogIndicator } from '../../../lib/site-data.ts';
import { loadRows } from '../../../lib/values.ts';

export const getStaticPaths = (async () => {
  const withRows = await Promise.all(catalog.indikator.map(async (ind) => ((await loadRows(ind.id)).length > 0 ? ind : null)));
  return withRows.filter((ind) => ind !== null).map((ind) => ({ params: { id: ind.id }, props: { ind } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ ind: CatalogIndicator }> = async ({ props }) => {
  const { ind } = props;
  // The file order of the build's download (tableRows sorts for reading), so both files list the same rows in the same order.
  const ctx = siteViewContext('id');
  const rows = await loadRows(ind.id);
  const byRow = new Map(tableRows(rows, ind, ctx).map((r) => [r.row, r.csv]));
  const body = CSV_START.excel + csvLine([...DOWNLOAD_COLUMNS], 'excel') + rows.map((r) => csvLine(byRow.get(r)!, 'excel')).join('');
  return new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
