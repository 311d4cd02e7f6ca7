/**
 * Rows of one indicator from src/generated/values/<id>.json, at build time.
 *
 *   await loadRows('idg') -> [{ kode: '19.02', tahun: 2019, jenis: 'target', nilai: 42.62, … }, …]
 */
import { decodeRows, type PublishedRow, type ValuesFile } from '../../scripts/lib/published.ts';

const files = import.meta.glob<{ default: ValuesFile }>('../generated/values/*.json');

export async function loadRows(id: string): Promise<PublishedRow[]> {
  const load = files[`../generated/values/${id}.json`];
  if (!load) return [];
  return decodeRows((await load()).default);
}
