/**
 * The header line of a value file: which column is where, with a clear error for an empty, repeated,
 * unknown (with the nearest known name) or missing column.
 *
 *   readHeader(['Kode Wilayah', 'tahun', 'jenis', 'nilai', 'sumber'], 'data/values/idg.csv', log)
 *     -> Map { 'kode_wilayah' => 0, 'tahun' => 1, … }   (null, with the problems logged, when unusable)
 */
import type { IssueLog } from '../lib/issues.ts';

export const REQUIRED_COLUMNS = ['kode_wilayah', 'tahun', 'jenis', 'nilai', 'sumber'] as const;
export const OPTIONAL_COLUMNS = [
  'jenis_kelamin',
  'kelompok_umur',
  'kategori',
  'seri',
  'status',
  'lokasi',
  'catatan',
  'capaian_sumber',
] as const;
export const ALL_COLUMNS = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS] as const;
export type Column = (typeof ALL_COLUMNS)[number];

/** "Kode Wilayah" and "KODE_WILAYAH " both mean kode_wilayah: spreadsheet users retype headers. */
export function normaliseHeader(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}

function closestColumn(name: string): string | null {
  let best: string | null = null;
  let bestDistance = 4;
  for (const c of ALL_COLUMNS) {
    const d = editDistance(name, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

export function readHeader(header: readonly string[], label: string, log: IssueLog): Map<Column, number> | null {
  const index = new Map<Column, number>();
  const seen = new Map<string, number>();
  let ok = true;
  const problem = (column: string, rule: string, message: string): void => {
    ok = false;
    log.error({ file: label, row: 1, column, rule, message });
  };
  header.forEach((cell, i) => {
    const name = normaliseHeader(cell);
    if (name === '') return problem(`#${i + 1}`, 'kolom-asing', 'Judul kolom kosong. Beri judul kolom atau hapus kolom itu.');
    if (seen.has(name))
      return problem(
        name,
        'kolom-ganda',
        `Kolom "${name}" muncul dua kali (kolom ${seen.get(name)! + 1} dan ${i + 1}). Hapus salah satunya.`,
      );
    seen.set(name, i);
    if ((ALL_COLUMNS as readonly string[]).includes(name)) return void index.set(name as Column, i);
    const hint = closestColumn(name);
    problem(
      cell.trim(),
      'kolom-asing',
      `Kolom "${cell.trim()}" tidak dikenal.${hint ? ` Maksudnya "${hint}"?` : ''} Kolom yang boleh: ${ALL_COLUMNS.join(', ')}.`,
    );
  });
  for (const column of REQUIRED_COLUMNS)
    if (!index.has(column)) problem(column, 'kolom-hilang', `Kolom wajib "${column}" tidak ada. Tambahkan kolom itu di baris judul.`);
  return ok ? index : null;
}
