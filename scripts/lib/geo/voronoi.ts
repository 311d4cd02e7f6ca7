/**
 * The default desa/kelurahan geometry: Voronoi cells of the village points, clipped to land.
 *
 *   voronoiVillages(villages, neighbours, land) -> Feature per village: MultiPolygon of its land, or
 *   a Point where its cell holds no land at all.
 *
 * Neighbouring regencies' points seed the diagram too, so the border between regencies falls between
 * villages. Distances use x = lon × cos(mean latitude) so cells are not stretched east–west. The
 * intersection of a cell with the land is computed by polygon-clipping, which splits an island cut in
 * two into two clean parts (a plain Sutherland–Hodgman clip would leave a visible seam between them).
 */
import { Delaunay } from 'd3-delaunay';
import polygonClipping, { type MultiPolygon as ClipMultiPolygon } from 'polygon-clipping';
import { boxesMeet, closeRing, ringArea, ringBox, type Point, type Ring } from './clip.ts';

export interface VillagePoint {
  kode: string;
  nama: string;
  induk: string;
  lon: number;
  lat: number;
}

export type VillageFeature = GeoJSON.Feature<
  GeoJSON.MultiPolygon | GeoJSON.Point,
  { kode: string; nama: string; induk: string; perkiraan: true }
>;

export function voronoiVillages(
  villages: readonly VillagePoint[],
  neighbours: ReadonlyArray<{ lon: number; lat: number }>,
  land: readonly Ring[],
): VillageFeature[] {
  const all = [...villages, ...neighbours];
  const meanLat = villages.reduce((s, v) => s + v.lat, 0) / villages.length;
  const k = Math.cos((meanLat * Math.PI) / 180);
  const toPlane = ([lon, lat]: Point): Point => [lon * k, lat];
  const toLonLat = ([x, y]: Point): Point => [x / k, y];
  const landBoxes = land.map(ringBox);
  const [x0, y0, x1, y1] = ringBox([...all.map((p) => [p.lon, p.lat] as Point), ...land.flatMap((r) => [r[0]!])]);
  const pad = 1;
  const delaunay = Delaunay.from(all.map((p) => toPlane([p.lon, p.lat])));
  const voronoi = delaunay.voronoi([(x0 - pad) * k, y0 - pad, (x1 + pad) * k, y1 + pad]);
  return villages.map((v, i) => {
    const cellPlane = voronoi.cellPolygon(i) as Point[] | null;
    const cell = cellPlane ? cellPlane.slice(0, -1).map(toLonLat) : [];
    const cellBox = cell.length ? ringBox(cell) : null;
    const parts: Ring[][] = [];
    if (cellBox) {
      const nearby: ClipMultiPolygon = land.filter((_, r) => boxesMeet(landBoxes[r]!, cellBox)).map((ring) => [closeRing(ring, 7)]);
      const pieces = nearby.length ? polygonClipping.intersection(nearby, [[closeRing(cell, 7)]]) : [];
      for (const polygon of pieces) {
        const rings = polygon.map((ring, i) => closeRing(orient(ring as Ring, i === 0), 5));
        if (rings[0]!.length >= 4 && Math.abs(ringArea(rings[0]!)) > 1e-9) parts.push(rings);
      }
    }
    const properties = { kode: v.kode, nama: v.nama, induk: v.induk, perkiraan: true as const };
    if (parts.length === 0) return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: [v.lon, v.lat] } };
    return { type: 'Feature', properties, geometry: { type: 'MultiPolygon', coordinates: parts } };
  });
}

/** GeoJSON (RFC 7946) wants exterior rings counter-clockwise and holes clockwise. */
function orient(ring: Ring, exterior: boolean): Ring {
  return ringArea(ring) < 0 === exterior ? ring.slice().reverse() : ring;
}
