/**
 * What a build is about to publish for one indicator, against the last successful build: values
 * added, changed (value or status) and removed. A value is known by its area, year, breakdown, kind,
 * source and origin, so two disputed figures of one cell are two values.
 *
 *   changes(previousRows, rows) -> { ditambah: 1, diubah: 2, dihapus: 0, contoh: ['19.02 2022: 53,02 → 53,42', …] }
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { PublishedRow } from '../../src/model/row.ts';

export interface Changes {
  ditambah: number;
  diubah: number;
  dihapus: number;
  /** A few of them in words, for the build's output. */
  contoh: string[];
}

/** Files larger than this are not compared (a national indicator): reading the old one costs more than it tells. */
const LARGEST_COMPARED = 32 * 2 ** 20;

const key = (r: PublishedRow): string =>
  [r.kode, r.tahun, r.jenis_kelamin, r.kelompok_umur, r.kategori, r.seri, r.jenis, r.sumber, r.asal].join('|');
const ID_NUMBER = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 6 });
const value = (r: PublishedRow): string =>
  r.nilai === null ? r.status || 'kosong' : typeof r.nilai === 'number' ? ID_NUMBER.format(r.nilai) : r.nilai;
const shown = (r: PublishedRow): string => `${value(r)}${r.nilai !== null && r.status ? ` (${r.status})` : ''}`;
const label = (r: PublishedRow): string =>
  [r.kode, r.tahun, r.jenis_kelamin, r.kelompok_umur, r.kategori, r.seri, r.jenis === 'target' ? 'target' : ''].filter(Boolean).join(' ');

/** The rows of the last successful build from its JSON file; null when there is none or it is too large to compare. */
export function previousRows(path: string): PublishedRow[] | null {
  if (!existsSync(path)) return [];
  if (statSync(path).size > LARGEST_COMPARED) return null;
  return JSON.parse(readFileSync(path, 'utf8')) as PublishedRow[];
}

export function changes(before: readonly PublishedRow[], after: readonly PublishedRow[]): Changes {
  // A new indicator: every value is new, nothing to look up.
  if (before.length === 0) return { ditambah: after.length, diubah: 0, dihapus: 0, contoh: [] };
  const old = new Map(before.map((r) => [key(r), r]));
  const result: Changes = { ditambah: 0, diubah: 0, dihapus: 0, contoh: [] };
  const note = (text: string): void => void (result.contoh.length < 3 && result.contoh.push(text));
  for (const r of after) {
    const k = key(r);
    const was = old.get(k);
    old.delete(k);
    if (!was) {
      result.ditambah += 1;
      note(`${label(r)}: baru ${shown(r)}`);
    } else if (was.nilai !== r.nilai || was.status !== r.status) {
      result.diubah += 1;
      note(`${label(r)}: ${shown(was)} → ${shown(r)}`);
    }
  }
  for (const r of old.values()) {
    result.dihapus += 1;
    note(`${label(r)}: dihapus (${shown(r)})`);
  }
  return result;
}
