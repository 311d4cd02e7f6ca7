/**
 * One TopoJSON with three levels sharing their arcs: desa (the features), kecamatan (desa merged by
 * parent) and kabupaten (all merged). Simplified by triangle area and quantised, so the file stays
 * small enough for a slow link.
 *
 *   buildTopology(desaFeatures, { kode: '19.02', nama: 'Kabupaten Belitung' }, kecamatanNames)
 *   -> Topology { objects: { desa, kecamatan, kabupaten } }
 */
import { mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

export interface LevelFeature {
  type: 'Feature';
  properties: { kode: string; nama: string; induk: string; perkiraan: boolean };
  geometry: GeoJSON.MultiPolygon | GeoJSON.Point;
}

export interface TopologyOptions {
  /** Share of points kept, by triangle-area weight (topojson-simplify quantile); 0 turns simplification off. */
  simplifyQuantile: number;
  quantization: number;
}

export const DEFAULT_TOPOLOGY: TopologyOptions = { simplifyQuantile: 0.75, quantization: 3e4 };

export function buildTopology(
  desa: LevelFeature[],
  root: { kode: string; nama: string },
  kecamatanNames: ReadonlyMap<string, string>,
  opts: TopologyOptions = DEFAULT_TOPOLOGY,
): Topology {
  const fc = { type: 'FeatureCollection' as const, features: desa };
  type Props = LevelFeature['properties'];
  // Simplify in plain coordinates, then quantise: presimplify would otherwise decode the arcs but leave
  // Point geometries in quantised units.
  let topo = topology({ desa: fc }) as unknown as Topology<{ [k: string]: GeometryObject<Props> }>;
  if (opts.simplifyQuantile > 0) {
    const pre = presimplify(topo as never);
    topo = simplify(pre, quantile(pre, opts.simplifyQuantile)) as never;
  }
  const desaObject = topo.objects.desa as unknown as GeometryCollection<Props>;
  const polygons = desaObject.geometries.filter((g) => g.type === 'Polygon' || g.type === 'MultiPolygon');
  const codes = [...new Set(desa.map((f) => f.properties.induk))].sort();
  const perkiraan = desa.some((f) => f.properties.perkiraan);
  const kecamatan = codes.map((kode) => ({
    ...mergeArcs(topo, polygons.filter((g) => g.properties?.induk === kode) as never),
    properties: { kode, nama: kecamatanNames.get(kode) ?? kode, induk: root.kode, perkiraan },
  }));
  const kabupaten = { ...mergeArcs(topo, polygons as never), properties: { kode: root.kode, nama: root.nama, induk: '', perkiraan } };
  topo.objects.kecamatan = { type: 'GeometryCollection', geometries: kecamatan } as never;
  topo.objects.kabupaten = { type: 'GeometryCollection', geometries: [kabupaten] } as never;
  return quantize(stripZ(topo as unknown as Topology) as never, opts.quantization) as unknown as Topology;
}

/** presimplify leaves each point's weight as a third coordinate; the published file needs only two. */
function stripZ(topo: Topology): Topology {
  return { ...topo, arcs: topo.arcs.map((arc) => arc.map((p) => [p[0]!, p[1]!] as [number, number])) };
}
