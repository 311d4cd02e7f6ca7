/**
 * The exact rank test of disclosure control (disclosure-cube.ts): which hidden cells of a cube a reader
 * can still compute from the published ones and the additive relations between them.
 *
 *   determinedCells(cube) -> [3, 8]   // indexes of hidden cells whose value follows
 */
import type { Cube } from './disclosure-cube.ts';

/**
 * Hidden cells whose value follows from the published cells: x is determined when its unit vector lies
 * in the row space of the relations restricted to hidden cells. Gaussian elimination in floating point
 * with a tolerance: the coefficients are ±1, so the values stay small and well away from it.
 */
export function determinedCells(cube: Cube): number[] {
  const hidden = cube.cells.map((c, i) => (c.status === '' ? -1 : i)).filter((i) => i >= 0);
  const col = new Map(hidden.map((cell, j) => [cell, j]));
  const rows: number[][] = [];
  for (const rel of cube.relations) {
    const row = new Array<number>(hidden.length).fill(0);
    let any = false;
    for (const [cell, sign] of [[rel.parent, -1] as const, ...rel.children.map((c) => [c, 1] as const)]) {
      const j = col.get(cell);
      if (j !== undefined) {
        row[j]! += sign;
        any = true;
      }
    }
    if (any) rows.push(row);
  }
  const pivots = rref(rows, hidden.length);
  return pivots.filter(({ row }) => row.filter((v) => v !== 0).length === 1).map(({ column }) => hidden[column]!);
}

/**
 * Reduced row echelon form, returning each pivot column with its row as it stands after the whole
 * elimination: a pivot row taken earlier is still changed by later steps (x0 + x1 becomes x0 once x1 is
 * a pivot), so rows are read only at the end.
 */
export function rref(m: number[][], width: number): Array<{ column: number; row: number[] }> {
  const pivots: Array<{ column: number; at: number }> = [];
  let r = 0;
  for (let c = 0; c < width && r < m.length; c++) {
    const p = m.findIndex((row, i) => i >= r && row[c] !== 0);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p]!, m[r]!];
    const pivot = m[r]![c]!;
    m[r] = m[r]!.map((v) => v / pivot);
    for (let i = 0; i < m.length; i++) {
      if (i !== r && m[i]![c] !== 0) {
        const f = m[i]![c]!;
        m[i] = m[i]!.map((v, k) => clean(v - f * m[r]![k]!));
      }
    }
    pivots.push({ column: c, at: r });
    r += 1;
  }
  return pivots.map(({ column, at }) => ({ column, row: m[at]! }));
}

function clean(v: number): number {
  return Math.abs(v) < 1e-9 ? 0 : v;
}
