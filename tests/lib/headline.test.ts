import { describe, expect, it } from 'vitest';
import { headline } from '../../src/lib/headline.ts';
import { lastUpdated } from '../../src/lib/availability.ts';
import { inventedRow } from '../rows.ts';
import type { CatalogIndicator, PublishedRow, SiteSource } from '../../src/lib/site-data.ts';

// Invented values for these tests only.
const row = (over: Partial<PublishedRow>): PublishedRow => inventedRow({ nilai: 10, lokasi: 'baris 1', ...over });
const indicator = (terakhir: PublishedRow | null, extra: Partial<CatalogIndicator['ringkasan']> = {}): CatalogIndicator =>
  ({
    id: 'uji',
    desimal: 2,
    skema: undefined,
    perbedaan: [
      { tahun: [2022], alasan: { id: 'Dua tabel mencetak angka berbeda.', en: 'Two tables print different figures.' }, sebanding: true },
    ],
    ringkasan: {
      terakhir,
      ada_data: Boolean(terakhir),
      lain: [],
      rincian: [],
      sebaran: null,
      target: null,
      tahun: null,
      level: [],
      jumlah_baris: 0,
      ketersediaan: { realisasi: [], target: [], kosong: [], level: [], pembanding: [] },
      ...extra,
    },
  }) as unknown as CatalogIndicator;
const sources: Record<string, SiteSource> = {
  'fiktif-uji': { judul: 'Uji', penerbit: 'Uji', judul_lengkap: 'Sumber uji lengkap', judul_singkat: 'Sumber uji' },
};

describe('headline', () => {
  it('says what is missing without a value: no rows at all, only targets, or years recorded as missing', () => {
    expect(headline(indicator(null), 'id', sources, {}, 'Kabupaten Uji')).toEqual({
      value: null,
      also: [],
      year: null,
      statusKeys: [],
      source: null,
      dispute: null,
      missing: 'Data Kabupaten Uji belum tersedia: belum ada satu pun baris data untuk indikator ini.',
    });
    const targetsOnly = indicator(null, {
      ketersediaan: { realisasi: [], target: [2024, 2025, 2026], kosong: [2020, 2022], level: [], pembanding: [] },
    });
    expect(headline(targetsOnly, 'id', sources, {}, 'Kabupaten Uji').missing).toBe(
      'Hanya target 2024–2026 yang tercatat; realisasinya belum tersedia. Dokumen sumber mencatat nilai Kabupaten Uji 2020, 2022 sebagai data belum tersedia.',
    );
  });
  it('counts units per status where the region has statuses, not a total', () => {
    const ind = indicator(null, { sebaran: { tahun: 2022, level: 'desa', jumlah: { Ya: 3, Belum: 4 }, total: 7 } });
    (ind as { skema?: string }).skema = 'uji';
    const schemes = {
      uji: {
        nama: { id: 'Uji', en: 'Test' },
        berlaku: [
          {
            dari: 2000,
            peringkat: [
              { kode: 'Belum', nama: { id: 'Belum', en: 'Not yet' } },
              { kode: 'Ya', nama: { id: 'Layak', en: 'Friendly' } },
            ],
          },
        ],
      },
    };
    expect(headline(ind, 'id', sources, schemes).value).toBe('3 dari 7 desa/kelurahan Layak (2022)');
    expect(headline(ind, 'en', sources, schemes).value).toBe('3 of 7 villages/wards Friendly (2022)');
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
      statusKeys: ['status.diperdebatkan', 'target.above'],
      source: { title: 'Sumber uji', location: 'baris 1' },
      dispute: 'Dua tabel mencetak angka berbeda.',
      missing: null,
    });
  });
  it('falls back to the split by sex where there is no total', () => {
    const h = headline(
      indicator(null, { rincian: [row({ jenis_kelamin: 'L', nilai: 21 }), row({ jenis_kelamin: 'P', nilai: 21 })] }),
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
  it('says an equal tier meets its target and a higher one is above it', () => {
    const tier = (realised: number, wanted: number) =>
      headline(
        indicator(row({ nilai: 'B', urutan: realised, tercapai: realised >= wanted, capaian: null }), {
          target: row({ jenis: 'target', nilai: 'B', urutan: wanted }),
        }),
        'id',
        sources,
        {},
      ).statusKeys;
    expect(tier(1, 1)).toEqual(['target.met']);
    expect(tier(2, 1)).toEqual(['target.above']);
    expect(tier(0, 1)).toEqual(['target.unmet']);
  });
});

describe('lastUpdated', () => {
  // Invented sources for this test only.
  const dated = { a: { tanggal: '2023-04-11' }, b: { induk: 'a' }, c: { tanggal: '2025-08-08' }, d: {} };
  it('takes the newest date of the cited sources or of their parent document, and none where no source has one', () => {
    expect(lastUpdated(['b', 'c', 'd'], dated)).toBe('2025-08-08');
    expect(lastUpdated(['b'], dated)).toBe('2023-04-11');
    expect(lastUpdated(['d', 'x'], dated)).toBeNull();
  });
});
