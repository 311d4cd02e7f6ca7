/**
 * Filters the list of desa/kelurahan of a status indicator by kecamatan and status; the choice joins the
 * page's other state in the URL query (kecamatan=…, status=…).
 */
import { fillTemplate } from '../lib/template.ts';
export function initUnitsFilter(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-units-filter]');
  if (!form) return;
  form.hidden = false;
  const kecamatan = form.querySelector<HTMLSelectElement>('select[name="kecamatan"]')!;
  const status = form.querySelector<HTMLSelectElement>('select[name="status"]')!;
  const count = form.querySelector<HTMLElement>('[data-count-template]')!;
  const query = new URLSearchParams(location.search);
  kecamatan.value = query.get('kecamatan') ?? '';
  status.value = query.get('status') ?? '';
  const apply = (): void => {
    let shown = 0;
    for (const tr of document.querySelectorAll<HTMLElement>('.units-table tbody tr')) {
      const match = (!kecamatan.value || tr.dataset.kecamatan === kecamatan.value) && (!status.value || tr.dataset.status === status.value);
      tr.hidden = !match;
      if (match) shown += 1;
    }
    count.textContent = fillTemplate(count.dataset.countTemplate ?? '{n}', { n: shown });
    const q = new URLSearchParams(location.search);
    for (const [name, select] of [
      ['kecamatan', kecamatan],
      ['status', status],
    ] as const) {
      if (select.value) q.set(name, select.value);
      else q.delete(name);
    }
    history.replaceState(history.state, '', `${location.pathname}${q.toString() ? `?${q}` : ''}${location.hash}`);
  };
  form.addEventListener('submit', (e) => e.preventDefault());
  kecamatan.addEventListener('change', apply);
  status.addEventListener('change', apply);
  apply();
}
