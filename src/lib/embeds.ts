/**
 * Which indicators can be embedded, and with which chart: those with a realised value and a view to draw,
 * the first view the indicator page draws. An indicator without a chart has no embed (nothing empty is
 * offered for another site to show).
 *
 *   await embeddable() -> [{ ind: <idg>, view: 'trend' }, …]
 */
import { siteViewContext } from './indicator-view.ts';
import { catalog, type CatalogIndicator } from './site-data.ts';
import { loadRows } from './values.ts';
import { viewsOf, type ViewKind } from './views.ts';

export async function embeddable(): Promise<Array<{ ind: CatalogIndicator; view: ViewKind }>> {
  const ctx = siteViewContext('id');
  const out: Array<{ ind: CatalogIndicator; view: ViewKind }> = [];
  for (const ind of catalog.indikator) {
    if (!ind.ringkasan.ada_data) continue;
    const view = viewsOf(ind, await loadRows(ind.id), ctx)[0];
    if (view) out.push({ ind, view });
  }
  return out;
}
