/**
 * The downloads of an indicator page: the CSV of the rows shown, and the chart or map as SVG and PNG
 * with its title, legend, sources, address, licence and date drawn in, so a picture explains itself.
 */
import { wrapWords } from '../lib/chart/trend.ts';
import { fillTemplate } from '../lib/template.ts';
import { CSV_START, csvLine, type CsvFlavour } from '../model/csv.ts';

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

const NS = 'http://www.w3.org/2000/svg';

function el(name: string, attrs: Record<string, string | number>, content?: string): SVGElement {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (content !== undefined) node.textContent = content;
  return node;
}

/** The picture as it is drawn, top to bottom: its parts, and how far down the next one goes. */
class Sheet {
  readonly parts: SVGElement[] = [];
  y = 6;

  constructor(readonly width: number) {}

  /** Text wrapped to the width, one line under the other. */
  lines(content: string, size: number, weight = 'normal', fill = '#1b1f24'): void {
    for (const line of wrapWords(content, Math.floor((this.width - 32) / (size * 0.56)))) {
      this.y += Math.round(size * 1.35);
      this.parts.push(el('text', { x: 16, y: this.y, 'font-size': size, 'font-weight': weight, fill }, line));
    }
  }
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
  const sheet = new Sheet(width);
  sheet.lines(title, 16, 'bold');
  if (info.unit) sheet.lines(info.unit, 12, 'normal', '#4a5563');
  sheet.y += 6;
  const clone = chart.cloneNode(true) as SVGSVGElement;
  for (const g of clone.querySelectorAll('[style*="display: none"]')) g.remove();
  clone.removeAttribute('id');
  for (const [k, v] of Object.entries({ x: 0, y: sheet.y, width: w, height: h })) clone.setAttribute(k, String(v));
  sheet.parts.push(clone);
  sheet.y += h + 4;
  drawLegend(sheet, figure);
  sheet.y += 6;
  // The figure's own notes: the chart's sentence and scheme notes, the map's estimated boundaries and geometry source.
  for (const note of figure.querySelectorAll<HTMLElement>(':scope > p.note, :scope > figcaption > p.note'))
    if (note.textContent?.trim()) sheet.lines(note.textContent.trim(), 12, 'normal', '#4a5563');
  for (const text of [info.sources, info.address, info.licence]) if (text) sheet.lines(text, 12);
  sheet.lines(downloaded, 11, 'normal', '#4a5563');
  const height = sheet.y + 12;
  const outer = el('svg', { xmlns: NS, viewBox: `0 0 ${width} ${height}`, width, height, 'font-family': 'system-ui, sans-serif' });
  outer.append(el('rect', { width, height, fill: '#ffffff' }), ...sheet.parts);
  return { svg: new XMLSerializer().serializeToString(outer), width, height };
}

/** The legend: the lines shown, each with its colour, then what the marks mean (a map's colours or circle sizes). */
function drawLegend(sheet: Sheet, figure: Element): void {
  const { width, parts } = sheet;
  const legend = figure.querySelectorAll<HTMLLIElement>('.legend li');
  const radius = (li: Element) => Number(li.querySelector('.legend-symbol circle')?.getAttribute('r') ?? 0);
  // Rows as tall as the largest circle of a map's size legend, text on the circles' middle line.
  const half = Math.max(8, ...[...legend].map(radius));
  let x = 16;
  let y = sheet.y + 8 + half;
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
  sheet.y = y + half - 8;
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

export function initDownloads(root: HTMLElement): void {
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
