/**
 * What the search box finds before Pagefind's full-text results: regions by a forgiving match of their
 * names, indicators by their acronyms. Rules, not lists: a name is compared by a loose key (letters only,
 * doubled letters single, o/u and e/i alike), then by edit distance; an acronym is the one a name writes
 * in parentheses, or the initials of consecutive words, a "/" giving alternatives ("Desa/Kelurahan Layak
 * Anak" -> DLA, KLA).
 *
 *   looseKey('Tanjung Pandan') === looseKey('Tanjungpandan')   // 'tanjungpandan'
 *   acronyms('Status Desa/Kelurahan Layak Anak')   -> { explicit: [], initials: ['DLA', 'KLA', …] }
 *   findEntries(entries, 'Lasar')   -> [{ kind: 'desa', name: 'Lassar', … }, …]
 */

/** One thing the box can find: a region or an indicator, with where it lives in each language. */
export interface SearchEntry {
  kind: 'kabupaten' | 'kecamatan' | 'desa' | 'kelurahan' | 'indikator' | 'kla';
  name: { id: string; en: string };
  /** The parent region's name, to tell two places of the same name apart. */
  parent?: string;
  url: { id: string; en: string };
  /** Acronyms the name writes in parentheses (strongest), as a word in capitals, and those formed from initials. */
  explicit?: string[];
  caps?: string[];
  initials?: string[];
}

/** Letters only, lower case, without accents; doubled letters single; o/u and e/i alike. */
export function looseKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/(.)\1+/g, '$1')
    .replace(/o/g, 'u')
    .replace(/e/g, 'i');
}

/**
 * Acronyms of a name: written in parentheses, written as a word in capitals ("Persentase ARG pada …"),
 * and the initials of 2–5 consecutive capitalised words ("/" = alternatives).
 */
export function acronyms(name: string): { explicit: string[]; caps: string[]; initials: string[] } {
  const explicit = [...name.matchAll(/\(([A-Z]{2,6})\)/g)].map((m) => m[1]!);
  const caps = [...new Set([...name.replace(/\([^)]*\)/g, ' ').matchAll(/\b([A-Z]{2,6})\b/g)].map((m) => m[1]!))].filter(
    (a) => !explicit.includes(a),
  );
  const words = name
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) =>
      w
        .split('/')
        .map((part) =>
          part
            .replace(/[^A-Za-z]/g, '')
            .charAt(0)
            .toUpperCase(),
        )
        .filter(Boolean),
    );
  const initials = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    let partial = [''];
    for (let j = i; j < Math.min(words.length, i + 5); j++) {
      partial = partial.flatMap((p) => words[j]!.map((c) => p + c));
      if (j > i) for (const p of partial) initials.add(p);
    }
  }
  return { explicit, caps, initials: [...initials].filter((a) => !explicit.includes(a) && !caps.includes(a)) };
}

/** Edit distance with adjacent swaps (Damerau, optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

/** How well an entry answers a query (0: not at all); higher first. */
export function score(entry: SearchEntry, query: string): number {
  const q = query.trim();
  if (q === '') return 0;
  const upper = q.toUpperCase().replace(/[^A-Z]/g, '');
  if (upper.length >= 2 && upper.length <= 6 && q.replace(/\s/g, '').length === upper.length) {
    if (entry.explicit?.includes(upper)) return 100;
    if (entry.caps?.includes(upper)) return 95;
    if (entry.initials?.includes(upper)) return 60;
  }
  const key = looseKey(q);
  if (key.length < 3) return 0;
  let best = 0;
  for (const name of new Set([entry.name.id, entry.name.en])) {
    const k = looseKey(name);
    if (k === key) best = Math.max(best, 90);
    else if (k.startsWith(key)) best = Math.max(best, 80);
    else if (entry.kind !== 'indikator' && entry.kind !== 'kla') {
      // Places: a misspelt name, one edit per four letters.
      const d = editDistance(k, key);
      if (d <= Math.max(1, Math.floor(k.length / 4))) best = Math.max(best, 70 - d * 5);
    }
  }
  // Places before indicators of equal score: a name typed alone is most often a place.
  return best > 0 && (entry.kind === 'indikator' || entry.kind === 'kla') ? best - 1 : best;
}

const LEVEL_ORDER: Record<SearchEntry['kind'], number> = { kabupaten: 0, kecamatan: 1, desa: 2, kelurahan: 2, indikator: 3, kla: 4 };

/** The entries that answer a query, best first (at most `limit`). */
export function findEntries(entries: readonly SearchEntry[], query: string, limit = 8): SearchEntry[] {
  return entries
    .map((entry) => ({ entry, s: score(entry, query) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || LEVEL_ORDER[a.entry.kind] - LEVEL_ORDER[b.entry.kind] || a.entry.name.id.localeCompare(b.entry.name.id))
    .slice(0, limit)
    .map((x) => x.entry);
}
