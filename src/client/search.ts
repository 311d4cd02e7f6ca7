/**
 * The search box of /cari/: on the first query it fetches the entries the portal matches itself
 * (/cari/entri.json: regions by a forgiving match, indicators by acronym; src/lib/search.ts) and
 * Pagefind's index of every page, never before. Results: the entries first, then the pages Pagefind
 * finds that are not already listed. The query lives in the URL (?q=), so a search can be shared.
 */
import { fillTemplate } from '../lib/template.ts';
import { findEntries, type SearchEntry } from '../lib/search.ts';

interface PagefindResult {
  data(): Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}
interface Pagefind {
  init(): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] }>;
}

export function initSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  if (!form) return;
  form.hidden = false;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const list = form.querySelector<HTMLOListElement>('[data-search-results]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const locale = (form.dataset.locale ?? 'id') as 'id' | 'en';
  const kinds = JSON.parse(form.dataset.kinds ?? '{}') as Record<string, string>;
  let entries: Promise<SearchEntry[]> | null = null;
  let pagefind: Promise<Pagefind | null> | null = null;
  let latest = 0;

  const load = (): void => {
    entries ??= fetch('/cari/entri.json').then((r) => r.json() as Promise<SearchEntry[]>);
    // A path the bundler leaves alone: the index exists only in the built site.
    const url = '/pagefind/pagefind.js';
    pagefind ??= import(/* @vite-ignore */ url).then(async (p: Pagefind) => (await p.init(), p)).catch(() => null);
  };

  const item = (href: string, title: string, kind: string, detail?: string): HTMLLIElement => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = href;
    a.textContent = title;
    const small = document.createElement('span');
    small.className = 'note';
    small.textContent = ` · ${kind}${detail ? ` · ${detail}` : ''}`;
    li.append(a, small);
    return li;
  };

  const run = async (): Promise<void> => {
    const q = input.value.trim();
    const id = ++latest;
    const params = new URLSearchParams(location.search);
    if (q) params.set('q', q);
    else params.delete('q');
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    load();
    const own = findEntries(await entries!, q);
    if (id !== latest) return;
    const items = own.map((e) => item(e.url[locale], e.name[locale], kinds[e.kind] ?? e.kind, e.parent));
    list.replaceChildren(...items);
    const seen = new Set(own.map((e) => e.url[locale]));
    const pf = await pagefind!;
    if (pf && id === latest) {
      const found = await pf.search(q);
      const pages = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
      if (id !== latest) return;
      for (const page of pages) {
        const url = page.url.replace(/index\.html$/, '');
        if (seen.has(url)) continue;
        seen.add(url);
        items.push(item(url, page.meta.title?.replace(/ · .*$/, '') ?? url, kinds.halaman ?? ''));
      }
      list.replaceChildren(...items);
    }
    status.textContent = items.length
      ? fillTemplate(form.dataset.count ?? '{n}', { n: items.length })
      : fillTemplate(form.dataset.none ?? '', { q });
  };

  let timer = 0;
  input.addEventListener('focus', load, { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 150);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run();
  }
}
