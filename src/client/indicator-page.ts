/**
 * Interaction of an indicator page, added on top of server-rendered HTML: tabs whose state (tab, year
 * range, series) lives in the URL query, the chart tooltip on hover and keyboard focus, and the
 * downloads (CSV of the rows shown, chart as SVG and PNG with title, source and date drawn in).
 * Plain DOM code: no framework, so the page ships a few kilobytes of JavaScript.
 */
import { CSV_START, csvLine, type CsvFlavour } from '../model/csv.ts';
import { renderTrend, type TrendChartInput } from '../lib/chart/trend-svg.ts';
import { wrapWords } from '../lib/chart/trend.ts';
import { fillTemplate } from '../lib/template.ts';

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

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function rowsShownCsv(root: ParentNode, flavour: CsvFlavour = 'mesin'): string {
  const table = root.querySelector<HTMLTableElement>('table.data-table');
  if (!table) return '';
  const columns = JSON.parse(table.dataset.csvColumns ?? '[]') as string[];
  const lines = [csvLine(columns, flavour)];
  for (const tr of table.querySelectorAll<HTMLTableRowElement>('tbody tr')) {
    if (tr.hidden) continue;
    lines.push(csvLine(JSON.parse(tr.dataset.csv ?? '[]') as Array<string | number | null>, flavour));
  }
  return CSV_START[flavour] + lines.join('');
}

/**
 * The chart as one standalone SVG that explains itself when shared on its own: title and unit above;
 * below, the legend (each line shown with its colour, then the marks; a map's classes or circle sizes),
 * every source, the page address,
 * the licence and the download date.
 */
export function composeSvg(
  root: HTMLElement,
  figure: Element | null,
  title: string,
): { svg: string; width: number; height: number } | null {
  const chart = figure?.querySelector<SVGSVGElement>('svg.chart, svg[role="group"]');
  if (!figure || !chart) return null;
  const [, , w, h] = (chart.getAttribute('viewBox') ?? '0 0 720 320').split(' ').map(Number) as [number, number, number, number];
  const width = w;
  const info = JSON.parse(root.dataset.export ?? '{}') as Partial<Record<'unit' | 'sources' | 'address' | 'licence', string>>;
  const date = new Intl.DateTimeFormat(root.dataset.locale === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long' }).format(new Date());
  const downloaded = fillTemplate(root.dataset.downloaded ?? '', { date, site: root.dataset.site ?? '' });
  const ns = 'http://www.w3.org/2000/svg';
  const el = (name: string, attrs: Record<string, string | number>, content?: string): SVGElement => {
    const node = document.createElementNS(ns, name);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (content !== undefined) node.textContent = content;
    return node;
  };
  const parts: SVGElement[] = [];
  let y = 0;
  const lines = (content: string, size: number, weight = 'normal', fill = '#1b1f24'): void => {
    for (const line of wrapWords(content, Math.floor((width - 32) / (size * 0.56)))) {
      y += Math.round(size * 1.35);
      parts.push(el('text', { x: 16, y, 'font-size': size, 'font-weight': weight, fill }, line));
    }
  };
  y = 6;
  lines(title, 16, 'bold');
  if (info.unit) lines(info.unit, 12, 'normal', '#4a5563');
  y += 6;
  const clone = chart.cloneNode(true) as SVGSVGElement;
  for (const g of clone.querySelectorAll('[style*="display: none"]')) g.remove();
  clone.removeAttribute('id');
  for (const [k, v] of Object.entries({ x: 0, y, width: w, height: h })) clone.setAttribute(k, String(v));
  parts.push(clone);
  y += h + 4;
  // The legend: the lines shown, each with its colour, then what the marks mean (a map's colours or circle sizes).
  const legend = figure.querySelectorAll<HTMLLIElement>('.legend li');
  const radius = (li: Element) => Number(li.querySelector('.legend-symbol circle')?.getAttribute('r') ?? 0);
  // Rows as tall as the largest circle of a map's size legend, text on the circles' middle line.
  const half = Math.max(8, ...[...legend].map(radius));
  let x = 16;
  y += 8 + half;
  for (const li of legend) {
    const box = li.querySelector<HTMLInputElement>('input[data-series-toggle]');
    if (box && !box.checked) continue;
    const label = (li.textContent ?? '').trim();
    const swatch = li.querySelector<HTMLElement>('.swatch');
    const line = swatch && !swatch.classList.contains('area-swatch');
    const r = radius(li);
    const mark = swatch ? 22 : r ? 2 * r + 6 : 0;
    const size = 12;
    const need = mark + label.length * size * 0.56 + 18;
    if (x > 16 && x + need > width - 16) {
      x = 16;
      y += 2 * half + 4;
    }
    if (swatch) {
      // A line's colour as a short bar; a map's class as a square (hatched areas, without data, in grey).
      const fill = swatch.classList.contains('hatched') ? '#c9ced4' : swatch.style.background;
      parts.push(
        line
          ? el('rect', { x, y: y - 7, width: 16, height: 4, fill })
          : el('rect', { x, y: y - 11, width: 14, height: 14, fill, stroke: '#1b1f24', 'stroke-width': 0.5 }),
      );
    }
    if (r) parts.push(el('circle', { cx: x + r, cy: y - 4, r, fill: '#0072B2', 'fill-opacity': 0.75 }));
    x += mark;
    parts.push(el('text', { x, y, 'font-size': size, fill: '#1b1f24' }, label));
    x += label.length * size * 0.56 + 18;
  }
  y += half - 8;
  y += 6;
  // The figure's own notes: the chart's sentence and scheme notes, the map's estimated boundaries and geometry source.
  for (const note of figure.querySelectorAll<HTMLElement>(':scope > p.note, :scope > figcaption > p.note'))
    if (note.textContent?.trim()) lines(note.textContent.trim(), 12, 'normal', '#4a5563');
  for (const text of [info.sources, info.address, info.licence]) if (text) lines(text, 12);
  lines(downloaded, 11, 'normal', '#4a5563');
  const height = y + 12;
  const outer = el('svg', { xmlns: ns, viewBox: `0 0 ${width} ${height}`, width, height, 'font-family': 'system-ui, sans-serif' });
  outer.append(el('rect', { width, height, fill: '#ffffff' }), ...parts);
  return { svg: new XMLSerializer().serializeToString(outer), width, height };
}

async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const ctx = canvas.getContext('2d')!;
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

function initDownloads(root: HTMLElement): void {
  const id = root.dataset.indicator ?? 'indikator';
  const hasChart = Boolean(root.querySelector('svg.chart'));
  const map = root.querySelector('[data-indicator-map]');
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-download]')) {
    const kind = button.dataset.download;
    if ((kind === 'svg' || kind === 'png') && !hasChart) continue;
    if ((kind === 'map-svg' || kind === 'map-png') && !map) continue;
    if ((kind === 'csv' || kind === 'csv-excel') && !root.querySelector('table.data-table')) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      if (kind === 'csv') save(new Blob([rowsShownCsv(root)], { type: 'text/csv;charset=utf-8' }), `${id}.csv`);
      if (kind === 'csv-excel') save(new Blob([rowsShownCsv(root, 'excel')], { type: 'text/csv;charset=utf-8' }), `${id}-excel.csv`);
      const isMap = kind === 'map-svg' || kind === 'map-png';
      const composed = isMap
        ? composeSvg(root, map, map?.querySelector('.map-title')?.textContent ?? '')
        : composeSvg(root, root.querySelector('.chart-figure'), root.dataset.title ?? '');
      if (!composed) return;
      const name = isMap ? `${id}-peta` : id;
      if (kind === 'svg' || kind === 'map-svg') save(new Blob([composed.svg], { type: 'image/svg+xml' }), `${name}.svg`);
      if (kind === 'png' || kind === 'map-png') save(await svgToPng(composed.svg, composed.width, composed.height), `${name}.png`);
    });
  }
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
