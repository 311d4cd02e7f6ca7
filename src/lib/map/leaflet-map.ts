/**
 * The one module that touches Leaflet (it needs `window`): the map page script imports it once the geometry has arrived.
 *
 *   const map = await createMap(element, { tiles, onActivate, onFocus, onBlur })
 *   map.show(features, style, label)   // draws and re-styles the areas, each focusable with the keyboard
 *
 * Areas are SVG paths with tabindex, role="link" and an aria-label; Enter or a click hands the area to
 * onActivate with how it was chosen (a tap on a touch screen first shows the value). Counts are drawn as
 * circles sized by `symbol` at the middle of each area. Tiles are optional: where they cannot load, the
 * vector areas work on their own.
 */
import type { Feature, Geometry } from 'geojson';
import { escapeMarkup } from '../escape.ts';

export interface AreaProps {
  kode: string;
  nama: string;
}

export interface MapHandlers {
  tiles: { url: string; attribution: string } | null;
  onActivate: (kode: string, how: 'touch' | 'mouse' | 'keyboard', anchor: { x: number; y: number }) => void;
  onFocus: (kode: string, anchor: { x: number; y: number }) => void;
  onBlur: () => void;
}

export interface SigaMap {
  show(
    features: Array<Feature<Geometry, AreaProps>>,
    fill: (kode: string) => string,
    label: (kode: string) => string,
    dashed: boolean,
    symbol: ((kode: string) => number) | null,
  ): void;
  destroy(): void;
}

type Leaflet = typeof import('leaflet');

export async function createMap(element: HTMLElement, handlers: MapHandlers): Promise<SigaMap> {
  // Named imports let the bundler leave out the parts of Leaflet the map never uses (markers, popups…).
  const L = await import('leaflet');
  const map = L.map(element, { zoomSnap: 0.25, attributionControl: true, preferCanvas: false, renderer: L.svg({ padding: 0.5 }) });
  // Leaflet writes attributions as HTML: escape the configured text so data never becomes markup.
  if (handlers.tiles) L.tileLayer(handlers.tiles.url, { attribution: escapeMarkup(handlers.tiles.attribution), maxZoom: 18 }).addTo(map);
  let layer: L.GeoJSON | null = null;
  let symbols: L.LayerGroup | null = null;

  return {
    show(features, fill, label, dashed, symbol) {
      layer?.remove();
      symbols?.remove();
      layer = L.geoJSON(features as never, {
        style: (f) => ({
          color: '#1b1f24',
          weight: 1.2,
          dashArray: dashed ? '4 3' : undefined,
          fillColor: fill((f?.properties as AreaProps).kode),
          fillOpacity: 0.85,
        }),
        pointToLayer: (_f, latlng) => L.circleMarker(latlng, { radius: 7 }),
        onEachFeature: (f, l) => bindArea(l, (f.properties as AreaProps).kode, label, element, handlers),
      }).addTo(map);
      addHatch(element);
      // Proportional circles for counts, drawn over the areas; they let clicks and taps through to the area.
      symbols = symbol ? symbolLayer(L, layer, symbol).addTo(map) : null;
      map.fitBounds(layer.getBounds(), { padding: [12, 12] });
    },
    destroy() {
      map.remove();
    },
  };
}

/** An area's pointer events: a click or tap activates it, hovering shows its value; once drawn, the keyboard reaches it. */
function bindArea(l: L.Layer, kode: string, label: (kode: string) => string, host: HTMLElement, handlers: MapHandlers): void {
  l.on('click', (e: L.LeafletMouseEvent) => {
    const how = (e.originalEvent as PointerEvent).pointerType === 'touch' ? 'touch' : 'mouse';
    handlers.onActivate(kode, how, { x: e.containerPoint.x, y: e.containerPoint.y });
  });
  l.on('mouseover', (e: L.LeafletMouseEvent) => handlers.onFocus(kode, { x: e.containerPoint.x, y: e.containerPoint.y }));
  l.on('mouseout', () => handlers.onBlur());
  l.on('add', () => {
    const el = (l as L.Path).getElement() as SVGElement | undefined;
    if (el) makeFocusable(el, kode, label(kode), host, handlers);
  });
}

/** A circle sized by `symbol` at the centre of each area that has one, not taking clicks. */
function symbolLayer(L: Leaflet, layer: L.GeoJSON, symbol: (kode: string) => number): L.LayerGroup {
  const symbols = L.layerGroup();
  layer.eachLayer((l) => {
    const kode = ((l as L.Polygon).feature as Feature<Geometry, AreaProps> | undefined)?.properties.kode;
    const r = kode ? symbol(kode) : 0;
    if (kode && r > 0 && 'getBounds' in l)
      L.circleMarker((l as L.Polygon).getBounds().getCenter(), {
        radius: r,
        color: '#ffffff',
        weight: 1,
        fillColor: '#0072B2',
        fillOpacity: 0.75,
        interactive: false,
      }).addTo(symbols);
  });
  return symbols;
}

/** An area's shape as a keyboard reaches it: focusable, named, Enter activates it, focus shows its value. */
function makeFocusable(el: SVGElement, kode: string, name: string, host: HTMLElement, handlers: MapHandlers): void {
  el.setAttribute('tabindex', '0');
  el.setAttribute('role', 'link');
  el.setAttribute('aria-label', name);
  el.setAttribute('data-kode', kode);
  el.addEventListener('focus', () => {
    const box = el.getBoundingClientRect();
    const origin = host.getBoundingClientRect();
    handlers.onFocus(kode, { x: box.left - origin.left + box.width / 2, y: box.top - origin.top + box.height / 2 });
  });
  el.addEventListener('blur', () => handlers.onBlur());
  el.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Enter') handlers.onActivate(kode, 'keyboard', { x: 0, y: 0 });
  });
}

/** The hatch pattern (#tanpa-data) that areas without a value are filled with, added once to the map's SVG. */
function addHatch(element: HTMLElement): void {
  const svg = element.querySelector('svg.leaflet-zoom-animated');
  if (!svg || svg.querySelector('#tanpa-data')) return;
  const ns = 'http://www.w3.org/2000/svg';
  const defs = document.createElementNS(ns, 'defs');
  const pattern = document.createElementNS(ns, 'pattern');
  pattern.setAttribute('id', 'tanpa-data');
  pattern.setAttribute('width', '8');
  pattern.setAttribute('height', '8');
  pattern.setAttribute('patternUnits', 'userSpaceOnUse');
  pattern.setAttribute('patternTransform', 'rotate(45)');
  const bg = document.createElementNS(ns, 'rect');
  bg.setAttribute('width', '8');
  bg.setAttribute('height', '8');
  bg.setAttribute('fill', '#ffffff');
  const line = document.createElementNS(ns, 'line');
  line.setAttribute('y2', '8');
  line.setAttribute('stroke', '#7a7a7a');
  line.setAttribute('stroke-width', '3');
  pattern.append(bg, line);
  defs.append(pattern);
  svg.prepend(defs);
}
