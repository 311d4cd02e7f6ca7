/** The search box's own matching (src/lib/search.ts): loose keys, acronyms by rule, ranking. */
import { describe, expect, it } from 'vitest';
import { acronyms, findEntries, looseKey, type SearchEntry } from '../../src/lib/search.ts';

const place = (name: string, kind: SearchEntry['kind'] = 'desa'): SearchEntry => ({
  kind,
  name: { id: name, en: name },
  url: { id: `/${name}/`, en: `/en/${name}/` },
});

describe('search matching', () => {
  it('makes spaces, doubled letters and o/u, e/i swaps alike', () => {
    expect(looseKey('Tanjung Pandan')).toBe(looseKey('Tanjungpandan'));
    expect(looseKey('Lasar')).toBe(looseKey('Lassar'));
    expect(looseKey('SelatNasik')).toBe(looseKey('Selat Nasik'));
    expect(looseKey('Tanjong')).toBe(looseKey('Tanjung'));
    expect(looseKey('Badau')).not.toBe(looseKey('Sijuk'));
  });

  it('reads acronyms from parentheses, capital words and initials, "/" giving alternatives', () => {
    expect(acronyms('Indeks Pemberdayaan Gender (IDG)').explicit).toEqual(['IDG']);
    expect(acronyms('Persentase ARG pada Belanja Langsung APBD').caps).toEqual(['ARG', 'APBD']);
    expect(acronyms('Status Desa/Kelurahan Layak Anak').initials).toEqual(expect.arrayContaining(['DLA', 'KLA']));
  });

  it('ranks an exact place before a near one and a kecamatan before a desa of the same name, and forgives one slip', () => {
    const entries = [place('Tanjung Binga'), place('Selat Nasik'), place('Selat Nasik', 'kecamatan'), place('Tanjong Tinggi')];
    expect(findEntries(entries, 'SelatNasik').map((e) => e.kind)).toEqual(['kecamatan', 'desa']);
    expect(findEntries(entries, 'Tanjung Tinggi')[0]!.name.id).toBe('Tanjong Tinggi');
    expect(findEntries(entries, 'Tanjung Tingi')[0]!.name.id).toBe('Tanjong Tinggi');
    expect(findEntries(entries, 'Jakarta')).toEqual([]);
  });
});
