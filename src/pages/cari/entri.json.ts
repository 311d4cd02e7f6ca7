/**
 * /cari/entri.json: what the search box matches by itself, in both languages (src/lib/search.ts) —
 * the portal's regions, the catalogue's indicators with their acronyms, and the KLA indicators. Fetched
 * on the first query only.
 */
import type { APIRoute } from 'astro';
import { kla } from '../../lib/kla-view.ts';
import { localePath } from '../../lib/routes.ts';
import { acronyms, type SearchEntry } from '../../lib/search.ts';
import { catalog, region, regions, site } from '../../lib/site-data.ts';

const both = (path: string) => ({ id: localePath('id', path), en: localePath('en', path) });
const abbreviations = (names: { id: string; en: string }) => {
  const [a, b] = [acronyms(names.id), acronyms(names.en)];
  const unique = (xs: string[]) => [...new Set(xs)];
  return {
    explicit: unique([...a.explicit, ...b.explicit]),
    caps: unique([...a.caps, ...b.caps]),
    initials: unique([...a.initials, ...b.initials]),
  };
};

export const GET: APIRoute = () => {
  const root = site.wilayah.kode;
  const places: SearchEntry[] = regions
    .filter((r) => r.kode === root || r.kode.startsWith(`${root}.`))
    .map((r) => ({
      kind: (r.tingkat === 'kelurahan' ? 'kelurahan' : r.level) as SearchEntry['kind'],
      name: { id: r.nama, en: r.nama },
      ...(r.induk ? { parent: region(r.induk)?.nama } : {}),
      url: both(`/wilayah/${r.kode}/`),
    }));
  const indicators: SearchEntry[] = catalog.indikator.map((ind) => ({
    kind: 'indikator',
    name: ind.nama,
    url: both(`/indikator/${ind.id}/`),
    ...abbreviations(ind.nama),
  }));
  const klaItems: SearchEntry[] = kla.model.indikator.map((item) => ({
    kind: 'kla',
    name: item.nama,
    url: both(`/kla/#klaster-${item.klaster}`),
    ...abbreviations(item.nama),
  }));
  return new Response(JSON.stringify([...places, ...indicators, ...klaItems]), { headers: { 'content-type': 'application/json' } });
};
