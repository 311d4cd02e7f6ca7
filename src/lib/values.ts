/**
 * Rows of one indicator from src/generated/values/<id>.json (a plain array of published rows), at build time.
 *
 *   await loadRows('idg') -> [{ kode: '19.02', tahun: 2019, jenis: 'target', nilai: 42.62, … }, …]
 */
import type { PublishedRow } from '../model/row.ts';

const files = import.meta.glob<{ default: PublishedRow[] }>('../generated/values/*.json');

export async function loadRows(id: string): Promise<PublishedRow[]> {
  const load = files[`../generated/values/${id}.json`];
  return load ? (await load()).default : [];
}
