/**
 * Small planar geometry helpers on [lon, lat] rings.
 *
 *   clipToConvex(islandRing, voronoiCell) -> the island's part inside the cell (Sutherland–Hodgman)
 *   clipToBox(ring, [minLon, minLat, maxLon, maxLat]) -> the ring cut to a rectangle
 *   ringArea(ring) -> signed area in square degrees (positive when counter-clockwise)
 *
 * Sutherland–Hodgman is exact for a convex clip window such as a Voronoi cell; where it cuts a concave
 * island into several pieces it joins them along the cell's edge with zero-width seams, which neither
 * change the area nor show on a map.
 */
export type Point = [number, number];
export type Ring = Point[];
export type Box = [number, number, number, number];

export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  return sum / 2;
}

function inside(p: Point, a: Point, b: Point, sign: number): boolean {
  return sign * ((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])) >= 0;
}

function intersect(p: Point, q: Point, a: Point, b: Point): Point {
  const [x1, y1] = p;
  const [x2, y2] = q;
  const [x3, y3] = a;
  const [x4, y4] = b;
  const d = (x1 - x2) * (y3 - y4) - (y1 - y2) * (x3 - x4);
  if (d === 0) return q;
  const t = ((x1 - x3) * (y3 - y4) - (y1 - y3) * (x3 - x4)) / d;
  return [x1 + t * (x2 - x1), y1 + t * (y2 - y1)];
}

/** Open ring (no repeated closing point) in, open ring out; empty when nothing is inside. */
export function clipToConvex(subject: Ring, clip: Ring): Ring {
  const sign = ringArea(clip) >= 0 ? 1 : -1;
  let output = subject;
  for (let i = 0; i < clip.length && output.length > 0; i++) {
    const a = clip[i]!;
    const b = clip[(i + 1) % clip.length]!;
    const input = output;
    output = [];
    for (let k = 0; k < input.length; k++) {
      const p = input[k]!;
      const prev = input[(k + input.length - 1) % input.length]!;
      const pIn = inside(p, a, b, sign);
      const prevIn = inside(prev, a, b, sign);
      if (pIn) {
        if (!prevIn) output.push(intersect(prev, p, a, b));
        output.push(p);
      } else if (prevIn) {
        output.push(intersect(prev, p, a, b));
      }
    }
  }
  return output;
}

export function clipToBox(ring: Ring, [x0, y0, x1, y1]: Box): Ring {
  return clipToConvex(ring, [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ]);
}

export function ringBox(ring: Ring): Box {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    if (x < x0) x0 = x;
    if (y < y0) y0 = y;
    if (x > x1) x1 = x;
    if (y > y1) y1 = y;
  }
  return [x0, y0, x1, y1];
}

export function boxesMeet(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** Closed ring for GeoJSON, coordinates rounded to `digits` decimals, repeated points dropped. */
export function closeRing(ring: Ring, digits = 5): Ring {
  const f = 10 ** digits;
  const out: Ring = [];
  for (const [x, y] of ring) {
    const p: Point = [Math.round(x * f) / f, Math.round(y * f) / f];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (out.length > 0 && (out[0]![0] !== out[out.length - 1]![0] || out[0]![1] !== out[out.length - 1]![1])) out.push(out[0]!);
  return out;
}

/** Ray casting: is the point inside the ring? */
export function pointInRing([x, y]: Point, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Distance in km from a point to the nearest edge of any ring (equirectangular, fine at this scale). */
export function distanceToRingsKm([lon, lat]: Point, rings: readonly Ring[]): number {
  const kx = 111.32 * Math.cos((lat * Math.PI) / 180);
  const ky = 110.57;
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const ax = (ring[j]![0] - lon) * kx;
      const ay = (ring[j]![1] - lat) * ky;
      const bx = (ring[i]![0] - lon) * kx;
      const by = (ring[i]![1] - lat) * ky;
      const dx = bx - ax;
      const dy = by - ay;
      const len = dx * dx + dy * dy;
      const t = len === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}
