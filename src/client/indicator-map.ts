/**
 * The static map of an indicator page, made live: a year selector (peta-tahun= in the URL) that sets
 * each area's fill, symbol and label from its data, and a line below the map saying the value of the
 * area focused or tapped.
 */
interface Cell {
  text: string;
  fill: string | null;
  r: number;
}
const HATCH = 'url(#peta-tanpa-data)';

export function initIndicatorMap(): void {
  const figure = document.querySelector<HTMLElement>('[data-indicator-map]');
  if (!figure) return;
  const areas = [...figure.querySelectorAll<SVGGElement>('g.area')];
  const readout = figure.querySelector<HTMLElement>('.map-readout')!;
  const yearLabel = figure.querySelector<HTMLElement>('[data-map-year-label]')!;
  const select = figure.querySelector<HTMLSelectElement>('select[data-map-year]');
  readout.hidden = false;
  let year = yearLabel.textContent ?? '';
  const cell = (g: SVGGElement): Cell | undefined => (JSON.parse(g.dataset.values ?? '{}') as Record<string, Cell>)[year];
  let chosen: SVGGElement | null = null;
  const say = (g: SVGGElement): void => {
    chosen = g;
    readout.textContent = g.getAttribute('aria-label') ?? '';
  };
  const show = (): void => {
    yearLabel.textContent = year;
    for (const g of areas) {
      const c = cell(g);
      if (!c) continue;
      const text = `${g.dataset.name}: ${c.text} (${year})`;
      g.setAttribute('aria-label', text);
      g.querySelector('title')!.textContent = text;
      g.querySelector('path, circle:not(.symbol)')?.setAttribute('fill', c.fill ?? HATCH);
      g.querySelector('circle.symbol')?.setAttribute('r', String(c.r));
    }
    if (chosen) say(chosen); // the area chosen before keeps being described, now for this year
  };
  if (select) {
    select.closest<HTMLElement>('.map-year')!.hidden = false;
    const wanted = new URLSearchParams(location.search).get('peta-tahun');
    if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
    year = select.value;
    select.addEventListener('change', () => {
      year = select.value;
      show();
      const q = new URLSearchParams(location.search);
      q.set('peta-tahun', year);
      history.replaceState(history.state, '', `${location.pathname}?${q}${location.hash}`);
    });
  }
  for (const g of areas) {
    g.addEventListener('focus', () => say(g));
    g.addEventListener('click', () => say(g));
  }
  show();
}
