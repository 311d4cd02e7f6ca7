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
  const data = JSON.parse(raw) as PetaData;
  const { labels, locale, indicators } = data;
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const form = $<HTMLFormElement>('form.peta-kontrol');
  const select = $<HTMLSelectElement>('select[name="indikator"]');
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="tingkat"]')];
  const range = $<HTMLInputElement>('input[name="tahun"]');
  const tip = $<HTMLElement>('.tooltip');
  const holder = $<HTMLElement>('.peta-leaflet');
  const values: Record<string, MapValues> = { [data.initial.indikator]: data.initialValues };
  let state = readState(location.search, data.initial);
  let topology: Topology | null = null;
  let map: SigaMap | null = null;
  // The area a tap last showed: a second tap on it opens its page.
  let pinned = '';

  const current = () => {
    // The indicator stays when the level changes; a level the indicator lacks cannot be chosen.
    const indicator = indicators.find((i) => i.id === state.indikator) ?? indicators[0]!;
    const level = indicator.tingkat.includes(state.tingkat) ? state.tingkat : indicator.tingkat[0]!;
    const year = indicator.tahun.includes(state.tahun) ? state.tahun : indicator.tahun.at(-1)!;
    const cells = mapCells(values[indicator.id], level, year);
    const shown = data.areas.filter((a) => a.level === level);
    const numbers = shown.map((a) => cells.get(a.kode)?.[0]).filter((v): v is number => typeof v === 'number');
    return { indicator, level, year, cells, shown, scale: explorerScale(indicator, numbers) };
  };
  const area = (kode: string) => data.areas.find((a) => a.kode === kode) ?? { kode, nama: kode, level: 'desa' as const };

  const showTip = (kode: string, at: { x: number; y: number }, pin = false): void => {
    const { indicator, year, cells } = current();
    tip.innerHTML = tooltipHtml(area(kode), indicator, year, cells.get(kode), {
      labels,
      locale,
      sources: data.sources,
      regionPath: data.regionPath,
      pinned: pin,
    });
    tip.hidden = false;
    tip.style.left = `${Math.max(0, at.x - 90)}px`;
    tip.style.top = `${Math.max(0, at.y - 70)}px`;
    if (state.wilayah !== kode) {
      state = { ...state, wilayah: kode };
      save();
    }
  };
  const hideTip = (): void => {
    if (!pinned) tip.hidden = true;
  };

  const save = (): void => {
    const { indicator, level, year } = current();
    history.replaceState(
      null,
      '',
      `${location.pathname}?${writeState({ ...state, tingkat: level, indikator: indicator.id, tahun: year })}${location.hash}`,
    );
  };

  /** Title, controls, legend, table and map for the state as it is now. */
  const render = (): void => {
    const { indicator, level, year, cells, shown, scale } = current();
    const title = titleText(indicator, level, year, labels);
    $('.map-title').textContent = title;
    $('.peta-tabel caption').textContent = title;
    $('.peta-tabel').setAttribute('aria-label', title);
    select.value = indicator.id;
    for (const radio of radios) {
      const lv = radio.value as 'kecamatan' | 'desa';
      radio.checked = lv === level;
      radio.disabled = !indicator.tingkat.includes(lv);
    }
    $('[data-level-none]').textContent = levelNote(indicator, labels);
    const yearControl = $<HTMLElement>('[data-year-control]');
    yearControl.hidden = indicator.tahun.length < 2;
    range.min = String(indicator.tahun[0]);
    range.max = String(indicator.tahun.at(-1));
    range.value = String(year);
    yearControl.querySelector('output')!.textContent = String(year);
    $<HTMLAnchorElement>('a[data-indicator-page]').href = `${data.indicatorPath}${indicator.id}/?tab=peta&peta-tahun=${year}`;
    $('.peta-legenda').innerHTML = legendHtml(indicator, scale, labels, locale, data.estimated);
    $('.peta-tabel tbody').innerHTML = tableRowsHtml(shown, indicator, cells, labels, locale, data.regionPath);
    save();
    if (!values[indicator.id]) {
      fetch(`${data.dataPath}/peta/nilai/${indicator.id}.json`)
        .then((r) => r.json())
        .then((v: MapValues) => {
          values[indicator.id] = v;
          render();
        })
        .catch(() => undefined);
    }
    const object = topology?.objects[level];
    if (!map || !object) return;
    const fc = feature(topology!, object) as unknown as GeoJSON.FeatureCollection<GeoJSON.Geometry, { kode: string; nama: string }>;
    const symbol =
      scale.kind === 'simbol'
        ? (kode: string) => (typeof cells.get(kode)?.[0] === 'number' ? scale.radius(cells.get(kode)![0] as number) : 0)
        : null;
    map.show(
      fc.features,
      (kode) => areaFill(scale, cells.get(kode)),
      (kode) => `${area(kode).nama}: ${cellText(indicator, cells.get(kode), labels, locale)}`,
      data.estimated,
      symbol,
    );
    // A link with ?wilayah= reopens the tooltip of that area.
    const selected = state.wilayah ? holder.querySelector(`[data-kode="${CSS.escape(state.wilayah)}"]`) : null;
    if (selected) {
      const box = selected.getBoundingClientRect();
      const host = holder.getBoundingClientRect();
      showTip(state.wilayah, { x: box.left - host.left + box.width / 2, y: box.top - host.top + box.height / 2 });
    }
  };

  const change = (next: Partial<MapState>): void => {
    pinned = '';
    tip.hidden = true;
    state = { ...state, ...next, wilayah: '' };
    render();
  };
  form.addEventListener('submit', (e) => e.preventDefault());
  select.addEventListener('change', () => {
    const next = indicators.find((i) => i.id === select.value);
    change({ indikator: select.value, tingkat: next && !next.tingkat.includes(state.tingkat) ? next.tingkat[0]! : state.tingkat });
  });
  for (const radio of radios) radio.addEventListener('change', () => change({ tingkat: radio.value as 'kecamatan' | 'desa' }));
  range.addEventListener('input', () => change({ tahun: Number(range.value) }));

  render();
  fetch(`${data.dataPath}/peta/wilayah.topo.json`)
    .then((r) => r.json())
    .then(async (t: Topology) => {
      topology = t;
      const { createMap } = await import('../lib/map/leaflet-map.ts');
      map = await createMap(holder, {
        tiles: data.tiles,
        onActivate: (kode, how, at) => {
          // On a touch screen the first tap shows the value; a second tap on the same area opens its page.
          if (how === 'touch' && pinned !== kode) {
            pinned = kode;
            showTip(kode, at, true);
            return;
          }
          location.href = `${data.regionPath}${kode}/`;
        },
        onFocus: (kode, at) => {
          if (!pinned || pinned === kode) showTip(kode, at, pinned === kode);
        },
        onBlur: hideTip,
      });
      render();
    })
    .catch(() => undefined);
}
