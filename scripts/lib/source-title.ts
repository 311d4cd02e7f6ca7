/**
 * A source's title as a reader sees it: the parent document's title with the part cited.
 *
 *   sourceTitle(sources, 'renstra-t4.1')       -> 'Rencana Strategis … 2024–2026, Tabel 4.1'
 *   sourceTitle(sources, 'renstra-t4.1', true) -> 'Renstra 2024–2026, Tabel 4.1'
 */
import type { Source } from '../../src/model/catalog.ts';

export function sourceTitle(sources: Record<string, Source>, id: string, short = false): string {
  const src = sources[id];
  if (!src) return '';
  const parent = src.induk ? sources[src.induk] : undefined;
  const head = short ? (parent?.singkat ?? parent?.judul ?? src.singkat ?? src.judul) : (parent?.judul ?? src.judul);
  return [head, src.bagian].filter(Boolean).join(', ');
}
