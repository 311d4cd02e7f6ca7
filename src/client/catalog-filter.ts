/** Filters the indicator catalogue by text, theme and Renstra programme; the choice lives in the URL query. */
import { fillTemplate } from '../lib/template.ts';
export function initCatalogFilter(): void {
  const form = document.querySelector<HTMLFormElement>('form.catalog-filter');
  if (!form) return;
  form.hidden = false;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const select = form.querySelector<HTMLSelectElement>('select[name="program"]')!;
  const tema = form.querySelector<HTMLSelectElement>('select[name="tema"]')!;
  const count = form.querySelector<HTMLElement>('[data-count-template]')!;
  const query = new URLSearchParams(location.search);
  input.value = query.get('q') ?? '';
  select.value = query.get('program') ?? '';
  tema.value = query.get('tema') ?? '';
  const apply = (): void => {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const li of document.querySelectorAll<HTMLElement>('.catalog-group tr[data-search]')) {
      const match =
        words.every((w) => (li.dataset.search ?? '').includes(w)) &&
        (!select.value || li.dataset.program === select.value) &&
        (!tema.value || li.dataset.tema === tema.value);
      li.hidden = !match;
      if (match) shown += 1;
    }
    for (const group of document.querySelectorAll<HTMLElement>('.catalog-group'))
      group.hidden = !group.querySelector('tr[data-search]:not([hidden])');
    count.textContent = fillTemplate(count.dataset.countTemplate ?? '{n}', { n: shown });
    const q = new URLSearchParams();
    if (input.value) q.set('q', input.value);
    if (select.value) q.set('program', select.value);
    if (tema.value) q.set('tema', tema.value);
    history.replaceState(null, '', `${location.pathname}${q.toString() ? `?${q}` : ''}`);
  };
  form.addEventListener('submit', (e) => e.preventDefault());
  input.addEventListener('input', apply);
  select.addEventListener('change', apply);
  tema.addEventListener('change', apply);
  apply();
}
