import { describe, expect, it } from 'vitest';
import { headline } from '../../src/lib/headline.ts';
import { inventedRow } from '../rows.ts';
import type { CatalogIndicator, PublishedRow, SiteSource } from '../../src/lib/site-data.ts';

// Invented values for these tests only.
const row = (over: Partial<PublishedRow>): PublishedRow => inventedRow({ nilai: 10, lokasi: 'baris 1', ...over });
const indicator = (terakhir: PublishedRow | null, extra: Partial<CatalogIndicator['ringkasan']> = {}): CatalogIndicator =>
  ({
    id: 'uji',
    desimal: 2,
    skema: undefined,
    ringkasan: {
      terakhir,
      ada_data: Boolean(terakhir),
      lain: [],
      menurut_jenis_kelamin: [],
      target: null,
      tahun: null,
      level: [],
      jumlah_baris: 0,
      ...extra,
    },
  }) as unknown as CatalogIndicator;
const sources: Record<string, SiteSource> = {
  'fiktif-uji': { judul: 'Uji', penerbit: 'Uji', judul_lengkap: 'Sumber uji lengkap', judul_singkat: 'Sumber uji' },
};

describe('headline', () => {
  it('says data belum tersedia without a value', () => {
    expect(headline(indicator(null), 'id', sources, {})).toEqual({
      value: null,
      also: [],
      year: null,
      statusKeys: ['status.belum_tersedia'],
      source: null,
    });
  });
  it('formats the value, lists the disputed alternatives and the status against target', () => {
    const h = headline(
      indicator(row({ nilai: 53.42, status: 'diperdebatkan', tercapai: true, capaian: 115.25 }), { lain: [row({ nilai: 53.02 })] }),
      'id',
      sources,
      {},
    );
    expect(h).toEqual({
      value: '53,42',
      also: ['53,02'],
      year: 2022,
      statusKeys: ['status.diperdebatkan', 'target.met'],
      source: { title: 'Sumber uji', location: 'baris 1' },
    });
  });
  it('falls back to the split by sex where there is no total', () => {
    const h = headline(
      indicator(null, { menurut_jenis_kelamin: [row({ jenis_kelamin: 'L', nilai: 21 }), row({ jenis_kelamin: 'P', nilai: 21 })] }),
      'en',
      sources,
      {},
    );
    expect(h.value).toBe('M 21 · F 21');
    expect(h.statusKeys).toEqual([]);
  });
  it('marks a target exactly met and one missed', () => {
    expect(headline(indicator(row({ tercapai: true, capaian: 100 })), 'id', sources, {}).statusKeys).toEqual(['target.exact']);
    expect(headline(indicator(row({ tercapai: false, capaian: 42 })), 'id', sources, {}).statusKeys).toEqual(['target.unmet']);
  });
});
