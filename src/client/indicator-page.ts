/**
 * Interaction of an indicator page, added on top of server-rendered HTML: tabs whose state (tab, year
 * range, series) lives in the URL query, the chart tooltip on hover and keyboard focus, and the
 * downloads (chart-download.ts). Plain DOM code: no framework, so the page ships a few kilobytes of
 * JavaScript.
 */
import { renderTrend, type TrendChartInput } from '../lib/chart/trend-svg.ts';
import { initDownloads } from './chart-download.ts';

type Tab = string;

function params(): URLSearchParams {
  return new URLSearchParams(location.search);
}

function saveState(update: Record<string, string | null>): void {
  const q = params();
  for (const [k, v] of Object.entries(update)) {
    if (v === null) q.delete(k);
    else q.set(k, v);
  }
  const query = q.toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}

function initTabs(root: HTMLElement): void {
  const links = [...root.querySelectorAll<HTMLAnchorElement>('.tabs a[data-tab]')];
  const panels = new Map([...root.querySelectorAll<HTMLElement>('[data-panel]')].map((p) => [p.dataset.panel!, p]));
  const list = root.querySelector('.tabs ul');
  list?.setAttribute('role', 'tablist');
  for (const link of links) {
    link.setAttribute('role', 'tab');
    link.setAttribute('aria-controls', link.dataset.tab!);
    link.id = `tab-${link.dataset.tab}`;
    link.parentElement?.setAttribute('role', 'presentation');
  }
  for (const [name, panel] of panels) {
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', `tab-${name}`);
  }
  const activate = (tab: Tab, focus = false): void => {
    const current = panels.has(tab) ? tab : links[0]!.dataset.tab!;
    for (const link of links) {
      const on = link.dataset.tab === current;
      link.setAttribute('aria-selected', String(on));
      link.tabIndex = on ? 0 : -1;
      if (on && focus) link.focus();
    }
    for (const [name, panel] of panels) panel.hidden = name !== current;
  };
  links.forEach((link, i) => {
    link.addEventListener('click', (e) => {
      e.preventDefault();
      activate(link.dataset.tab!);
      saveState({ tab: link.dataset.tab === links[0]!.dataset.tab ? null : link.dataset.tab! });
    });
    link.addEventListener('keydown', (e) => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      e.preventDefault();
      const next = links[(i + step + links.length) % links.length]!;
      activate(next.dataset.tab!, true);
      saveState({ tab: next.dataset.tab === links[0]!.dataset.tab ? null : next.dataset.tab! });
    });
  });
  activate(params().get('tab') ?? location.hash.slice(1));
}

/** The breakdown shown (sex, age group, category) where there are several: `rincian=` in the URL. */
function initBreakdown(root: HTMLElement): void {
  const select = root.querySelector<HTMLSelectElement>('select[data-breakdown]');
  if (!select) return;
  select.closest<HTMLElement>('.breakdown-choice')!.hidden = false;
  const panels = [...root.querySelectorAll<HTMLElement>('.breakdown .bar-panel')];
  const wanted = params().get('rincian');
  if (wanted && panels.some((p) => p.dataset.panelKey === wanted)) select.value = wanted;
  const apply = (): void => {
    for (const p of panels) p.hidden = p.dataset.panelKey !== select.value;
  };
  select.addEventListener('change', () => {
    apply();
    saveState({ rincian: select.value === select.options[0]!.value ? null : select.value });
  });
  apply();
}

/**
 * Sharing the view as it is: the address already holds the tab, series, range, breakdown and map year,
 * so 'Salin tautan' copies it and the WhatsApp link sends it.
 */
function initShare(): void {
  const copy = document.querySelector<HTMLButtonElement>('button[data-copy-link]');
  const wa = document.querySelector<HTMLAnchorElement>('a[data-share-wa]');
  const status = document.querySelector<HTMLElement>('[data-copied]');
  const title = document.querySelector('h1')?.textContent ?? document.title;
  if (copy && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener('click', async () => {
      await navigator.clipboard.writeText(location.href);
      if (status) status.textContent = status.dataset.copied ?? '';
    });
  }
  wa?.addEventListener('click', () => {
    wa.href = `https://wa.me/?text=${encodeURIComponent(`${title} — ${location.href}`)}`;
  });
}

function initRange(root: HTMLElement): void {
  const controls = root.querySelector<HTMLElement>('.controls');
  const from = root.querySelector<HTMLSelectElement>('select[data-range="dari"]');
  const to = root.querySelector<HTMLSelectElement>('select[data-range="sampai"]');
  if (!controls || !from || !to) return;
  controls.hidden = false;
  const q = params();
  if (q.get('dari')) from.value = q.get('dari')!;
  if (q.get('sampai')) to.value = q.get('sampai')!;
  const inputs = [...root.querySelectorAll<HTMLElement>('.trend[data-trend]')].map((box) => ({
    box,
    input: JSON.parse(box.querySelector('script[data-trend-input]')?.textContent ?? 'null') as TrendChartInput | null,
  }));
  const [defaultFrom, defaultTo] = JSON.parse(root.dataset.range ?? '[0,0]') as [number, number];
  let drawn = `${defaultFrom}-${defaultTo}`;
  const apply = (): void => {
    const lo = Math.min(Number(from.value), Number(to.value));
    const hi = Math.max(Number(from.value), Number(to.value));
    for (const tr of root.querySelectorAll<HTMLElement>('tr[data-year]'))
      tr.hidden = Number(tr.dataset.year) < lo || Number(tr.dataset.year) > hi;
    // Trend charts are drawn again on the scale of the years chosen; tier charts fade the years outside.
    if (drawn !== `${lo}-${hi}`) {
      drawn = `${lo}-${hi}`;
      for (const { box, input } of inputs) {
        if (!input) continue;
        const { wide, narrow } = renderTrend(input, lo, hi);
        for (const svg of box.querySelectorAll('svg.chart')) svg.remove();
        box.insertAdjacentHTML('afterbegin', wide + narrow);
      }
      root.dispatchEvent(new Event('chart-drawn'));
    }
    for (const pt of root.querySelectorAll<SVGElement>('svg.chart .pt[data-year]'))
      if (!pt.closest('.trend')) pt.classList.toggle('out', Number(pt.dataset.year) < lo || Number(pt.dataset.year) > hi);
  };
  for (const select of [from, to]) {
    select.addEventListener('change', () => {
      apply();
      saveState({ dari: Number(from.value) === defaultFrom ? null : from.value, sampai: Number(to.value) === defaultTo ? null : to.value });
    });
  }
  apply();
}

function initSeries(root: HTMLElement): void {
  const toggles = [...root.querySelectorAll<HTMLInputElement>('input[data-series-toggle]')];
  if (toggles.length === 0) return;
  const shown = params().get('seri')?.split(',');
  const apply = (): void => {
    for (const box of toggles) {
      for (const g of root.querySelectorAll<SVGGElement>(`g.series[data-series="${CSS.escape(box.dataset.seriesToggle!)}"]`))
        g.style.display = box.checked ? '' : 'none';
    }
  };
  if (shown) for (const box of toggles) box.checked = shown.includes(box.dataset.seriesToggle!);
  root.addEventListener('chart-drawn', apply);
  for (const box of toggles) {
    box.addEventListener('change', () => {
      apply();
      const on = toggles.filter((b) => b.checked).map((b) => b.dataset.seriesToggle!);
      saveState({ seri: on.length === toggles.length ? null : on.join(',') });
    });
  }
  apply();
}

function initTooltip(root: HTMLElement): void {
  const tip = root.querySelector<HTMLElement>('.tooltip');
  const section = root.querySelector<HTMLElement>('[data-panel="grafik"]');
  if (!tip || !section) return;
  const show = (pt: Element): void => {
    const box = pt.getBoundingClientRect();
    const host = section.getBoundingClientRect();
    // Every value of that year in this chart (each series shown, then the target), whichever of them is pointed at.
    const year = (pt as HTMLElement).dataset.year;
    const all = [...(pt.closest('svg')?.querySelectorAll<SVGElement>(`.pt[data-year="${year}"]`) ?? [pt as SVGElement])];
    const shown = all.filter((o) => (o.closest<SVGGElement>('g.series')?.style.display ?? '') !== 'none');
    tip.textContent = shown
      .map((o) => o.dataset.tip ?? '')
      .filter(Boolean)
      .join('\n');
    tip.hidden = false;
    tip.style.left = `${Math.max(0, box.left - host.left + box.width / 2 - 80)}px`;
    tip.style.top = `${box.top - host.top - 40}px`;
  };
  const hide = (): void => {
    tip.hidden = true;
  };
  // Listened to on the section, so a chart drawn again for another year range needs nothing new.
  const point = (e: Event): Element | null => (e.target instanceof Element ? e.target.closest('.chart .pt') : null);
  section.addEventListener('pointerover', (e) => {
    const pt = point(e);
    if (pt) show(pt);
  });
  section.addEventListener('pointerout', (e) => {
    const pt = point(e);
    const to = (e as PointerEvent).relatedTarget;
    if (pt && !(to instanceof Element && to.closest('.chart .pt') === pt)) hide();
  });
  section.addEventListener('focusin', (e) => {
    const pt = point(e);
    if (pt) show(pt);
  });
  section.addEventListener('focusout', (e) => point(e) && hide());
  document.addEventListener('keydown', (e) => e.key === 'Escape' && hide());
}

export function initIndicatorPage(): void {
  const root = document.querySelector<HTMLElement>('.indicator');
  if (!root) return;
  initTabs(root);
  initRange(root);
  initBreakdown(root);
  initShare();
  initSeries(root);
  initTooltip(root);
  initDownloads(root);
}
