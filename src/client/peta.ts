/**
 * The map explorer (/peta/) in the browser, on top of the server-written page: Leaflet draws the areas
 * of one level coloured by one indicator in one year (counts as circles sized by the count), and the
 * title, legend and table are rewritten from the same functions the page was written with
 * (src/lib/map/explorer.ts). The state (level, indicator, year, selected area) lives in the URL.
 * Hover or keyboard focus shows an area's value; on a touch screen the first tap shows it and the
 * second (or the link in the tooltip) opens the area's page; Enter opens it from the keyboard.
 * Plain DOM code: the page ships Leaflet and a few kilobytes, no framework.
 */
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Locale } from '../lib/i18n.ts';
import {
  areaFill,
  cellText,
  explorerScale,
  legendHtml,
  levelNote,
  tableRowsHtml,
  titleText,
  tooltipHtml,
  type ExplorerArea,
  type ExplorerIndicator,
  type ExplorerLabels,
} from '../lib/map/explorer.ts';
import { readState, writeState, type MapState } from '../lib/map/state.ts';
import type { SigaMap } from '../lib/map/leaflet-map.ts';
import { mapCells, type MapValues } from '../model/map-values.ts';
import '../styles/leaflet-trimmed.css';

interface PetaData {
  locale: Locale;
  labels: ExplorerLabels;
  indicators: ExplorerIndicator[];
  areas: ExplorerArea[];
  sources: Record<string, string>;
  initial: MapState;
  initialValues: MapValues;
  estimated: boolean;
  regionPath: string;
  indicatorPath: string;
  dataPath: string;
  tiles: { url: string; attribution: string } | null;
}

export function initPeta(): void {
  const root = document.querySelector<HTMLElement>('[data-peta]');
  const raw = root?.querySelector('script[data-peta-data]')?.textContent;
  if (!root || !raw) return;
  new MapExplorer(root, JSON.parse(raw) as PetaData).start();
}

type Level = 'kecamatan' | 'desa';

/** The explorer's state and the page's controls; every change goes through render(). */
class MapExplorer {
  private readonly form: HTMLFormElement;
  private readonly select: HTMLSelectElement;
  private readonly radios: HTMLInputElement[];
  private readonly range: HTMLInputElement;
  private readonly tip: HTMLElement;
  private readonly holder: HTMLElement;
  private readonly values: Record<string, MapValues>;
  private state: MapState;
  private topology: Topology | null = null;
  private map: SigaMap | null = null;
  /** The area a tap last showed: a second tap on it opens its page. */
  private pinned = '';

  constructor(
    private readonly root: HTMLElement,
    private readonly data: PetaData,
  ) {
    this.form = this.$<HTMLFormElement>('form.peta-kontrol');
    this.select = this.$<HTMLSelectElement>('select[name="indikator"]');
    this.radios = [...root.querySelectorAll<HTMLInputElement>('input[name="tingkat"]')];
    this.range = this.$<HTMLInputElement>('input[name="tahun"]');
    this.tip = this.$<HTMLElement>('.tooltip');
    this.holder = this.$<HTMLElement>('.peta-leaflet');
    this.values = { [data.initial.indikator]: data.initialValues };
    this.state = readState(location.search, data.initial);
  }

  start(): void {
    const { form, select, radios, range } = this;
    form.addEventListener('submit', (e) => e.preventDefault());
    select.addEventListener('change', () => {
      const next = this.data.indicators.find((i) => i.id === select.value);
      const { tingkat } = this.state;
      this.change({ indikator: select.value, tingkat: next && !next.tingkat.includes(tingkat) ? next.tingkat[0]! : tingkat });
    });
    for (const radio of radios) radio.addEventListener('change', () => this.change({ tingkat: radio.value as Level }));
    range.addEventListener('input', () => this.change({ tahun: Number(range.value) }));
    this.render();
    this.loadMap().catch(() => undefined);
  }

  private $<T extends Element>(selector: string): T {
    return this.root.querySelector<T>(selector)!;
  }

  /** What the state shows: the indicator stays when the level changes; a level the indicator lacks cannot be chosen. */
  private current() {
    const { indicators, areas } = this.data;
    const { state, values } = this;
    const indicator = indicators.find((i) => i.id === state.indikator) ?? indicators[0]!;
    const level = indicator.tingkat.includes(state.tingkat) ? state.tingkat : indicator.tingkat[0]!;
    const year = indicator.tahun.includes(state.tahun) ? state.tahun : indicator.tahun.at(-1)!;
    const cells = mapCells(values[indicator.id], level, year);
    const shown = areas.filter((a) => a.level === level);
    const numbers = shown.map((a) => cells.get(a.kode)?.[0]).filter((v): v is number => typeof v === 'number');
    return { indicator, level, year, cells, shown, scale: explorerScale(indicator, numbers) };
  }

  private area(kode: string): ExplorerArea {
    return this.data.areas.find((a) => a.kode === kode) ?? { kode, nama: kode, level: 'desa' as const };
  }

  private showTip(kode: string, at: { x: number; y: number }, pin = false): void {
    const { indicator, year, cells } = this.current();
    const { labels, locale, sources, regionPath } = this.data;
    const { tip } = this;
    tip.innerHTML = tooltipHtml(this.area(kode), indicator, year, cells.get(kode), { labels, locale, sources, regionPath, pinned: pin });
    tip.hidden = false;
    tip.style.left = `${Math.max(0, at.x - 90)}px`;
    tip.style.top = `${Math.max(0, at.y - 70)}px`;
    if (this.state.wilayah !== kode) {
      this.state = { ...this.state, wilayah: kode };
      this.save();
    }
  }

  private save(): void {
    const { indicator, level, year } = this.current();
    const query = writeState({ ...this.state, tingkat: level, indikator: indicator.id, tahun: year });
    history.replaceState(null, '', `${location.pathname}?${query}${location.hash}`);
  }

  private change(next: Partial<MapState>): void {
    this.pinned = '';
    this.tip.hidden = true;
    this.state = { ...this.state, ...next, wilayah: '' };
    this.render();
  }

  /** Title, controls, legend, table and map for the state as it is now. */
  private render(): void {
    const now = this.current();
    this.renderText(now);
    this.save();
    if (!this.values[now.indicator.id]) this.fetchValues(now.indicator.id);
    this.renderMap(now);
  }

  private renderText({ indicator, level, year, cells, shown, scale }: ReturnType<MapExplorer['current']>): void {
    const { labels, locale, estimated, regionPath, indicatorPath } = this.data;
    const title = titleText(indicator, level, year, labels);
    this.$('.map-title').textContent = title;
    this.$('.peta-tabel caption').textContent = title;
    this.$('.peta-tabel').setAttribute('aria-label', title);
    this.select.value = indicator.id;
    for (const radio of this.radios) {
      const lv = radio.value as Level;
      radio.checked = lv === level;
      radio.disabled = !indicator.tingkat.includes(lv);
    }
    this.$('[data-level-none]').textContent = levelNote(indicator, labels);
    const yearControl = this.$<HTMLElement>('[data-year-control]');
    yearControl.hidden = indicator.tahun.length < 2;
    this.range.min = String(indicator.tahun[0]);
    this.range.max = String(indicator.tahun.at(-1));
    this.range.value = String(year);
    yearControl.querySelector('output')!.textContent = String(year);
    this.$<HTMLAnchorElement>('a[data-indicator-page]').href = `${indicatorPath}${indicator.id}/?tab=peta&peta-tahun=${year}`;
    this.$('.peta-legenda').innerHTML = legendHtml(indicator, scale, labels, locale, estimated);
    this.$('.peta-tabel tbody').innerHTML = tableRowsHtml(shown, indicator, cells, labels, locale, regionPath);
  }

  /** An indicator's map values, fetched the first time it is chosen; the view is drawn again once they come. */
  private fetchValues(id: string): void {
    fetch(`${this.data.dataPath}/peta/nilai/${id}.json`)
      .then((r) => r.json())
      .then((v: MapValues) => {
        this.values[id] = v;
        this.render();
      })
      .catch(() => undefined);
  }

  private renderMap({ indicator, level, cells, scale }: ReturnType<MapExplorer['current']>): void {
    const { topology, map, holder, state } = this;
    const object = topology?.objects[level];
    if (!map || !object) return;
    const { labels, locale, estimated } = this.data;
    const fc = feature(topology!, object) as unknown as GeoJSON.FeatureCollection<GeoJSON.Geometry, { kode: string; nama: string }>;
    const value = (kode: string) => cells.get(kode)?.[0];
    const symbol =
      scale.kind === 'simbol' ? (kode: string) => (typeof value(kode) === 'number' ? scale.radius(value(kode) as number) : 0) : null;
    map.show(
      fc.features,
      (kode) => areaFill(scale, cells.get(kode)),
      (kode) => `${this.area(kode).nama}: ${cellText(indicator, cells.get(kode), labels, locale)}`,
      estimated,
      symbol,
    );
    // A link with ?wilayah= reopens the tooltip of that area.
    const selected = state.wilayah ? holder.querySelector(`[data-kode="${CSS.escape(state.wilayah)}"]`) : null;
    if (selected) {
      const box = selected.getBoundingClientRect();
      const host = holder.getBoundingClientRect();
      this.showTip(state.wilayah, { x: box.left - host.left + box.width / 2, y: box.top - host.top + box.height / 2 });
    }
  }

  /** The areas and Leaflet, loaded after the first view is written. */
  private async loadMap(): Promise<void> {
    this.topology = (await fetch(`${this.data.dataPath}/peta/wilayah.topo.json`).then((r) => r.json())) as Topology;
    const { createMap } = await import('../lib/map/leaflet-map.ts');
    this.map = await createMap(this.holder, {
      tiles: this.data.tiles,
      onActivate: (kode, how, at) => {
        // On a touch screen the first tap shows the value; a second tap on the same area opens its page.
        if (how === 'touch' && this.pinned !== kode) {
          this.pinned = kode;
          this.showTip(kode, at, true);
          return;
        }
        location.href = `${this.data.regionPath}${kode}/`;
      },
      onFocus: (kode, at) => {
        if (!this.pinned || this.pinned === kode) this.showTip(kode, at, this.pinned === kode);
      },
      onBlur: () => {
        if (!this.pinned) this.tip.hidden = true;
      },
    });
    this.render();
  }
}
