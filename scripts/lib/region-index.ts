/**
 * Regions by position: each code's place in data/wilayah.csv order, and back, built once per regions map.
 *
 *   regionIndex(regions).get('19.02.05') -> 7;   regionCodes(regions)[7] -> '19.02.05'
 */
const positions = new WeakMap<ReadonlyMap<string, unknown>, { index: Map<string, number>; codes: string[] }>();

function positionsOf(regions: ReadonlyMap<string, unknown>): { index: Map<string, number>; codes: string[] } {
  let p = positions.get(regions);
  if (!p) {
    const codes = [...regions.keys()];
    positions.set(regions, (p = { index: new Map(codes.map((k, i) => [k, i])), codes }));
  }
  return p;
}

/** Each code's position in the regions map (the order of data/wilayah.csv), built once per map. */
export function regionIndex(regions: ReadonlyMap<string, unknown>): ReadonlyMap<string, number> {
  return positionsOf(regions).index;
}

/** The codes in that order: position -> code, the inverse of regionIndex. */
export function regionCodes(regions: ReadonlyMap<string, unknown>): readonly string[] {
  return positionsOf(regions).codes;
}
