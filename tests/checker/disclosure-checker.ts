/**
 * An independent check that the built site protects victims, written apart from the pipeline's
 * suppression code (scripts/lib/disclosure-cube.ts) and sharing none of it.
 *
 * It reads every violence count the site publishes (published-cells.ts) and reports
 *   'kecil'   a count from 1 to threshold−1 anywhere but a kabupaten figure of one year split at most one way,
 *   'desa'    any violence figure for a desa/kelurahan code,
 *   'terbuka' a hidden count of 1 to threshold−1 that the published counts determine exactly (parent = sum of children
 *             along one variable, kecamatan adding up to the kabupaten, age groups adding up to
 *             children or adult women; an absent child below a published cell counts as 0 — the
 *             portal lists every hidden cell there — while below a hidden cell it may be a hidden
 *             cell left unlisted, so that sum pins nothing),
 *   'rasio'   a published rate of a kecamatan whose count is hidden,
 *   'label'   a hidden count shown as anything but the one label ('disembunyikan', 'hidden' on English
 *             pages): "<10" states a bound that a secondary-suppressed 31 makes false, and tells an
 *             attacker which hidden cells are the small ones.
 * Exactness is decided by elimination modulo a prime, a different method from the pipeline's.
 *
 *   checkSite('dist', { threshold: 10, rootCode: '19.02' }) -> [] when nothing leaks
 */
import { ADULT, CHILD, FIELDS, id, PARTITIONS, RATES, readSite, SPLITS, type Cell } from './published-cells.ts';

export interface Finding {
  kind: 'kecil' | 'desa' | 'terbuka' | 'rasio' | 'label';
  file: string;
  cell: string;
}

const P = 1_000_003;

export function checkSite(dir: string, opts: { threshold: number; rootCode: string }): Finding[] {
  const { cells, rates, labels } = readSite(dir);
  const findings: Finding[] = labels.map((l) => ({ kind: 'label' as const, ...l }));
  for (const c of cells) {
    const splits = SPLITS.filter((s) => c.cell[s] !== '').length;
    if (c.cell.kode.split('.').length >= 4) findings.push({ kind: 'desa', file: c.file, cell: id(c.cell) });
    if (c.value !== null && c.value > 0 && c.value < opts.threshold && (c.cell.kode !== opts.rootCode || splits > 1))
      findings.push({ kind: 'kecil', file: c.file, cell: id(c.cell) });
  }
  const byId = new Map(cells.map((c) => [id(c.cell), c]));
  for (const r of rates) {
    if (r.kode === opts.rootCode) continue;
    const hidden = RATES[r.indikator]!.some(
      (k) =>
        byId.get(id({ kode: r.kode, tahun: r.tahun, jenis: '', jk: '', ku: '', tempat: '', hubungan: '', kelompok: k }))?.value === null,
    );
    if (hidden) findings.push({ kind: 'rasio', file: r.file, cell: `${r.indikator}|${r.kode}|${r.tahun}` });
  }
  for (const key of exposedCells(
    cells.map((c) => ({ cell: c.cell, value: c.value })),
    opts.rootCode,
    opts.threshold,
  ))
    findings.push({ kind: 'terbuka', file: byId.get(key)!.file, cell: key });
  return findings;
}

/** Keys of hidden cells whose value the published cells determine. */
export function exposedCells(cells: Array<{ cell: Cell; value: number | null }>, rootCode: string, threshold: number): string[] {
  const byId = new Map(cells.map((c) => [id(c.cell), c]));
  const hidden = cells.filter((c) => c.value === null).map((c) => id(c.cell));
  const column = new Map(hidden.map((k, j) => [k, j]));
  const equations: number[][] = [];
  const equation = (parent: string, children: string[]): void => {
    // Beneath a hidden cell the portal lists no hidden detail, so there an absent child may be a hidden
    // cell, not a 0: such an equation pins nothing.
    if (children.length === 0 || byId.get(parent)?.value === null) return;
    // Σ children − parent = 0 over the hidden cells, the published ones moved to the right-hand side
    // (the last column).
    const row = new Array<number>(hidden.length + 1).fill(0);
    let unknown = false;
    for (const [k, sign] of [[parent, P - 1] as const, ...children.map((c) => [c, 1] as const)]) {
      const j = column.get(k);
      if (j !== undefined) {
        row[j] = (row[j]! + sign) % P;
        unknown = true;
      } else row[hidden.length] = (((row[hidden.length]! - sign * (byId.get(k)?.value ?? 0)) % P) + P) % P;
    }
    if (unknown) equations.push(row);
  };
  const kecamatan = [...new Set(cells.map((c) => c.cell.kode).filter((k) => k.startsWith(`${rootCode}.`) && k.split('.').length === 3))];
  for (const { cell } of cells) {
    const key = id(cell);
    if (cell.kelompok === '') {
      for (const dim of PARTITIONS) {
        if (cell[dim] !== '') continue;
        const kids = cells
          .filter((o) => o.cell[dim] !== '' && FIELDS.every((f) => f === dim || o.cell[f] === cell[f]))
          .map((o) => id(o.cell));
        equation(key, kids);
      }
    } else {
      const ages = cell.kelompok === 'anak' ? CHILD : ADULT;
      const jk = cell.kelompok === 'anak' ? '' : 'P';
      equation(
        key,
        ages.map((ku) => id({ ...cell, kelompok: '', jk, ku })).filter((k) => byId.has(k)),
      );
    }
    if (cell.kode === rootCode)
      equation(
        key,
        kecamatan.map((k) => id({ ...cell, kode: k })).filter((k) => byId.has(k)),
      );
  }
  // A hidden count worked out exactly is a leak when it is a small one; a hidden 31 (hidden to protect
  // a small one) worked out exactly tells nothing about a victim.
  return determined(equations, hidden.length)
    .filter(({ value }) => value > 0 && value < threshold)
    .map(({ col }) => hidden[col]!);
}

/**
 * Columns j for which the unit vector e_j lies in the row space, with the value they are pinned to:
 * elimination in integers modulo P (counts are far below P, so the residue is the count).
 */
function determined(rows: number[][], width: number): Array<{ col: number; value: number }> {
  const m = rows.map((r) => r.slice());
  const pivots: Array<{ col: number; row: number }> = [];
  let r = 0;
  for (let c = 0; c < width && r < m.length; c++) {
    const p = m.findIndex((row, i) => i >= r && row[c] !== 0);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p]!, m[r]!];
    const inv = modInverse(m[r]![c]!);
    m[r] = m[r]!.map((v) => (v * inv) % P);
    for (let i = 0; i < m.length; i++) {
      const f = m[i]![c]!;
      if (i !== r && f !== 0) m[i] = m[i]!.map((v, k) => (((v - f * m[r]![k]!) % P) + P) % P);
    }
    pivots.push({ col: c, row: r });
    r += 1;
  }
  return pivots
    .filter(({ row }) => m[row]!.slice(0, width).filter((v) => v !== 0).length === 1)
    .map(({ col, row }) => ({ col, value: m[row]![width]! }));
}

function modInverse(a: number): number {
  let [t, newT, rr, newR] = [0, 1, P, a];
  while (newR !== 0) {
    const q = Math.floor(rr / newR);
    [t, newT] = [newT, t - q * newT];
    [rr, newR] = [newR, rr - q * newR];
  }
  return ((t % P) + P) % P;
}
