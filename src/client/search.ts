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
  const box = new SearchBox(form);
  let timer = 0;
  box.input.addEventListener('focus', () => box.load(), { once: true });
  box.input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void box.run(), 150);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void box.run();
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    box.input.value = initial;
    void box.run();
  }
}

class SearchBox {
  readonly input: HTMLInputElement;
  private readonly list: HTMLOListElement;
  private readonly status: HTMLElement;
  private readonly locale: 'id' | 'en';
  private readonly kinds: Record<string, string>;
  private entries: Promise<SearchEntry[]> | null = null;
  private pagefind: Promise<Pagefind | null> | null = null;
  /** The number of the latest search: an answer to an earlier one is dropped. */
  private latest = 0;

  constructor(private readonly form: HTMLFormElement) {
    this.input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
    this.list = form.querySelector<HTMLOListElement>('[data-search-results]')!;
    this.status = form.querySelector<HTMLElement>('[data-search-status]')!;
    this.locale = (form.dataset.locale ?? 'id') as 'id' | 'en';
    this.kinds = JSON.parse(form.dataset.kinds ?? '{}') as Record<string, string>;
  }

  load(): void {
    this.entries ??= fetch('/cari/entri.json').then((r) => r.json() as Promise<SearchEntry[]>);
    // A path the bundler leaves alone: the index exists only in the built site.
    const url = '/pagefind/pagefind.js';
    this.pagefind ??= import(/* @vite-ignore */ url).then(async (p: Pagefind) => (await p.init(), p)).catch(() => null);
  }

  async run(): Promise<void> {
    const { list, status, locale, kinds, form } = this;
    const q = this.input.value.trim();
    const id = ++this.latest;
    keepQuery(q);
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    this.load();
    const own = findEntries(await this.entries!, q);
    if (id !== this.latest) return;
    const items = own.map((e) => item(e.url[locale], e.name[locale], kinds[e.kind] ?? e.kind, e.parent));
    list.replaceChildren(...items);
    const pf = await this.pagefind!;
    if (pf && id === this.latest) {
      const pages = await pagefindPages(pf, q);
      if (id !== this.latest) return;
      const seen = new Set(own.map((e) => e.url[locale]));
      for (const page of pages) {
        if (seen.has(page.url)) continue;
        seen.add(page.url);
        items.push(item(page.url, page.title, kinds.halaman ?? ''));
      }
      list.replaceChildren(...items);
    }
    status.textContent = items.length
      ? fillTemplate(form.dataset.count ?? '{n}', { n: items.length })
      : fillTemplate(form.dataset.none ?? '', { q });
  }
}

/** The query in the address (?q=), so a search can be shared; none when the box is empty. */
function keepQuery(q: string): void {
  const params = new URLSearchParams(location.search);
  if (q) params.set('q', q);
  else params.delete('q');
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
}

/** The first ten pages Pagefind finds, with the address of the folder and the title without the site's name. */
async function pagefindPages(pf: Pagefind, q: string): Promise<Array<{ url: string; title: string }>> {
  const found = await pf.search(q);
  const pages = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
  return pages.map((page) => {
    const url = page.url.replace(/index\.html$/, '');
    return { url, title: page.meta.title?.replace(/ · .*$/, '') ?? url };
  });
}

function item(href: string, title: string, kind: string, detail?: string): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = href;
  a.textContent = title;
  const small = document.createElement('span');
  small.className = 'note';
  small.textContent = ` · ${kind}${detail ? ` · ${detail}` : ''}`;
  li.append(a, small);
  return li;
}
