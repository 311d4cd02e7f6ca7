/**
 * Static SVG maps written at build time (no JavaScript): paths of one TopoJSON level in a box, with a
 * planar projection (x = lon × cos(mean latitude), y = −lat) that ignores ring winding.
 *
 *   svgPaths(topology, 'kecamatan', 320, 240) -> [{ kode: '19.02.05', nama: 'Badau', d: 'M…Z', point: null }, …]
 */
import { geoPath, geoTransform } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

export interface SvgArea {
  kode: string;
  nama: string;
  d: string;
  /** For a village drawn as a point (its estimated cell has no land). */
  point: [number, number] | null;
  /** Where a symbol of the area goes: the centroid of its shape, or its point. */
  centre: [number, number];
}

type Props = { kode: string; nama: string; induk: string };

export function svgPaths(topology: Topology, level: 'kabupaten' | 'kecamatan' | 'desa', width: number, height: number, pad = 6): SvgArea[] {
  const object = topology.objects[level];
  if (!object) return [];
  const fc = feature(topology, object) as unknown as GeoJSON.FeatureCollection<GeoJSON.Geometry, Props>;
  const all = feature(topology, topology.objects.kabupaten ?? object) as unknown as GeoJSON.FeatureCollection;
  const coords: Array<[number, number]> = [];
  const walk = (a: unknown): void => {
    if (Array.isArray(a) && typeof a[0] === 'number') coords.push(a as [number, number]);
    else if (Array.isArray(a)) a.forEach(walk);
  };
  for (const f of [...all.features, ...fc.features]) if (f.geometry && 'coordinates' in f.geometry) walk(f.geometry.coordinates);
  const lat0 = coords.reduce((s, c) => s + c[1], 0) / Math.max(1, coords.length);
  const k = Math.cos((lat0 * Math.PI) / 180);
  const xs = coords.map((c) => c[0] * k);
  const ys = coords.map((c) => -c[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const s = Math.min((width - 2 * pad) / (x1 - x0 || 1), (height - 2 * pad) / (y1 - y0 || 1));
  const ox = pad + (width - 2 * pad - (x1 - x0) * s) / 2;
  const oy = pad + (height - 2 * pad - (y1 - y0) * s) / 2;
  const project = (lon: number, lat: number): [number, number] => [round(ox + (lon * k - x0) * s), round(oy + (-lat - y0) * s)];
  const path = geoPath(
    geoTransform({
      point(lon, lat) {
        const [x, y] = project(lon, lat);
        this.stream.point(x, y);
      },
    }),
  );
  return fc.features.map((f) => {
    const point = f.geometry?.type === 'Point' ? project(...(f.geometry.coordinates as [number, number])) : null;
    const [cx, cy] = point ?? path.centroid(f);
    return {
      kode: f.properties.kode,
      nama: f.properties.nama,
      d: f.geometry && f.geometry.type !== 'Point' ? (path(f) ?? '') : '',
      point,
      centre: [round(cx), round(cy)] as [number, number],
    };
  });
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
