/**
 * Test helper: writes polygons as a zipped ESRI Shapefile (.shp, .shx, .dbf, .prj), the form in which
 * boundary files reach a Dinas from BIG or a provincial GIS office. Only what the tests need: polygon
 * records, text attributes, outer rings turned clockwise as the format requires.
 *
 *   zipShapefile([{ rings: [[[x, y], …]], attributes: { KDEPUM: '19.02.01.2001' } }], prjText) -> Uint8Array (zip)
 */
import { zipSync } from 'fflate';

export interface ShapeRecord {
  /** Polygons' rings; each polygon's first ring is its outline, the others holes. */
  polygons: number[][][][];
  attributes: Record<string, string>;
}

/** Signed area by the shoelace formula: positive for a counter-clockwise ring (x east, y north). */
function signedArea(ring: number[][]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
  return s / 2;
}

/** Outlines clockwise, holes counter-clockwise: how a Shapefile tells them apart. */
function orient(polygons: number[][][][]): number[][][] {
  return polygons.flatMap((rings) => rings.map((ring, i) => ((i === 0) === signedArea(ring) > 0 ? [...ring].reverse() : ring)));
}

function box(points: number[][]): [number, number, number, number] {
  const xs = points.map((p) => p[0]!);
  const ys = points.map((p) => p[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function header(view: DataView, words: number, bbox: [number, number, number, number]): void {
  view.setInt32(0, 9994, false);
  view.setInt32(24, words, false);
  view.setInt32(28, 1000, true);
  view.setInt32(32, 5, true); // polygon
  bbox.forEach((v, i) => view.setFloat64(36 + i * 8, v, true));
}

function shpAndShx(records: ShapeRecord[]): { shp: Uint8Array; shx: Uint8Array } {
  const contents = records.map((r) => {
    const rings = orient(r.polygons);
    const points = rings.flat();
    const bytes = new Uint8Array(44 + rings.length * 4 + points.length * 16);
    const v = new DataView(bytes.buffer);
    v.setInt32(0, 5, true);
    box(points).forEach((b, i) => v.setFloat64(4 + i * 8, b, true));
    v.setInt32(36, rings.length, true);
    v.setInt32(40, points.length, true);
    let start = 0;
    rings.forEach((ring, i) => {
      v.setInt32(44 + i * 4, start, true);
      start += ring.length;
    });
    points.forEach((p, i) => {
      v.setFloat64(44 + rings.length * 4 + i * 16, p[0]!, true);
      v.setFloat64(44 + rings.length * 4 + i * 16 + 8, p[1]!, true);
    });
    return { bytes, points };
  });
  const total = 100 + contents.reduce((s, c) => s + 8 + c.bytes.length, 0);
  const shp = new Uint8Array(total);
  const shx = new Uint8Array(100 + records.length * 8);
  const bbox = box(contents.flatMap((c) => c.points));
  header(new DataView(shp.buffer), total / 2, bbox);
  header(new DataView(shx.buffer), shx.length / 2, bbox);
  const shpView = new DataView(shp.buffer);
  const shxView = new DataView(shx.buffer);
  let offset = 100;
  contents.forEach((c, i) => {
    shxView.setInt32(100 + i * 8, offset / 2, false);
    shxView.setInt32(100 + i * 8 + 4, c.bytes.length / 2, false);
    shpView.setInt32(offset, i + 1, false);
    shpView.setInt32(offset + 4, c.bytes.length / 2, false);
    shp.set(c.bytes, offset + 8);
    offset += 8 + c.bytes.length;
  });
  return { shp, shx };
}

/** A dBase III table of text fields, as the Shapefile's attribute table. */
function dbf(records: ShapeRecord[]): Uint8Array {
  const names = Object.keys(records[0]?.attributes ?? {});
  const widths = names.map((n) => Math.max(1, ...records.map((r) => (r.attributes[n] ?? '').length)));
  const headerLength = 32 + names.length * 32 + 1;
  const recordLength = 1 + widths.reduce((a, b) => a + b, 0);
  const bytes = new Uint8Array(headerLength + records.length * recordLength + 1).fill(0x20, headerLength);
  const v = new DataView(bytes.buffer);
  bytes.set([0x03, 126, 1, 1]);
  v.setUint32(4, records.length, true);
  v.setUint16(8, headerLength, true);
  v.setUint16(10, recordLength, true);
  const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
  names.forEach((name, i) => {
    const at = 32 + i * 32;
    bytes.fill(0, at, at + 32);
    bytes.set(ascii(name.slice(0, 10)), at);
    bytes[at + 11] = 'C'.charCodeAt(0);
    bytes[at + 16] = widths[i]!;
  });
  bytes[headerLength - 1] = 0x0d;
  records.forEach((r, k) => {
    let at = headerLength + k * recordLength + 1;
    names.forEach((name, i) => {
      bytes.set(ascii(r.attributes[name] ?? ''), at);
      at += widths[i]!;
    });
  });
  bytes[bytes.length - 1] = 0x1a;
  return bytes;
}

export function zipShapefile(records: ShapeRecord[], prj: string, base = 'batas_desa'): Uint8Array {
  const { shp, shx } = shpAndShx(records);
  return zipSync({
    [`${base}.shp`]: shp,
    [`${base}.shx`]: shx,
    [`${base}.dbf`]: dbf(records),
    [`${base}.prj`]: new TextEncoder().encode(prj),
  });
}
