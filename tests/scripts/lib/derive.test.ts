import { describe, expect, it } from 'vitest';
import type { ValueRow } from '../../../scripts/lib/rows.ts';
import { inventedRow } from '../../rows.ts';
import type { Region } from '../../../src/model/region.ts';
import { achievement } from '../../../scripts/lib/derive/achievement.ts';
import { deriveCoverage } from '../../../scripts/lib/derive/coverage.ts';
import { deriveRates } from '../../../scripts/lib/derive/rate.ts';
import { protectCounts } from '../../../scripts/lib/disclosure.ts';
import { tierRank, tiersFor } from '../../../src/model/tiers.ts';
import type { Scheme } from '../../../src/model/catalog.ts';

// Invented rows for these tests only.
const row = (over: Partial<ValueRow>): ValueRow => ({ ...inventedRow(), baris: 2, ...over }) as ValueRow;
const region = (kode: string, tingkat: Region['tingkat'], anak: string[] = []): Region => ({
  kode,
  nama: kode,
  tingkat,
  level: tingkat === 'kelurahan' ? 'desa' : tingkat === 'kota' ? 'kabupaten' : (tingkat as Region['level']),
  induk: null,
  lat: null,
  lon: null,
  sumber: 'uji',
  anak,
});

describe('achievement honours polarity', () => {
  it.each([
    { r: 53.42, t: 46.35, pol: 'naik' as const, expected: { persen: 115.25, tercapai: true } },
    { r: 42.14, t: 100, pol: 'naik' as const, expected: { persen: 42.14, tercapai: false } },
    { r: 2.64, t: 3.2, pol: 'turun' as const, expected: { persen: 117.5, tercapai: true } },
    { r: 9.59, t: 4.6, pol: 'turun' as const, expected: { persen: -8.48, tercapai: false } },
    { r: 4.6, t: 4.6, pol: 'turun' as const, expected: { persen: 100, tercapai: true } },
    { r: 5, t: 5, pol: 'netral' as const, expected: { persen: null, tercapai: null } },
    { r: 1, t: 0, pol: 'naik' as const, expected: { persen: null, tercapai: true } },
  ])('$r vs $t ($pol)', ({ r, t, pol, expected }) => expect(achievement(r, t, pol)).toEqual(expected));
});

describe('tier schemes change by year', () => {
  const ape: Scheme = {
    nama: { id: 'APE', en: 'APE' },
    berlaku: [
      { dari: 2000, sampai: 2020, peringkat: ['Pratama', 'Madya', 'Utama', 'Mentor'].map((k) => ({ kode: k, nama: { id: k, en: k } })) },
      { dari: 2023, peringkat: ['Pratama', 'Madya', 'Nindya', 'Utama', 'Mentor'].map((k) => ({ kode: k, nama: { id: k, en: k } })) },
    ],
  };
  it.each([
    { year: 2019, code: 'Utama', rank: 3 },
    { year: 2023, code: 'Utama', rank: 4 },
    { year: 2019, code: 'Nindya', rank: null },
    { year: 2021, code: 'Pratama', rank: null },
  ])('$code in $year -> $rank', ({ year, code, rank }) => expect(tierRank(ape, year, code)).toBe(rank));
  it('has no scheme in the gap years', () => expect(tiersFor(ape, 2022)).toBeNull());
});

describe('deriveRates', () => {
  const spec = {
    per: 10000,
    pembilang: [
      { indikator: 'kasus', kategori: 'perempuan' },
      { indikator: 'kasus', kategori: 'anak' },
    ],
    penyebut: [
      { indikator: 'penduduk', jenis_kelamin: 'P' as const },
      { indikator: 'penduduk', kelompok_umur: '0-17' },
    ],
  };
  it('computes the Renstra ratio (30 + 8) / (91,366 + 52,661) × 10,000', () => {
    const rows = new Map([
      ['kasus', [row({ kategori: 'perempuan', nilai: 30 }), row({ kategori: 'anak', nilai: 8 })]],
      ['penduduk', [row({ jenis_kelamin: 'P', nilai: 91366 }), row({ kelompok_umur: '0-17', nilai: 52661 })]],
    ]);
    const [rate] = deriveRates(spec, rows);
    expect(rate).toMatchObject({ kode: '19.02', tahun: 2022, nilai: 2.6384, pembilang: 38, penyebut: 144027, status: '' });
  });
  it('suppresses the rate when a count was suppressed, and skips a region-year with a missing term', () => {
    const rows = new Map([
      [
        'kasus',
        [
          row({ kategori: 'perempuan', nilai: null, status: 'disembunyikan' }),
          row({ kategori: 'anak', nilai: 8 }),
          row({ kode: '19.02.01', kategori: 'perempuan', nilai: 12 }),
        ],
      ],
      ['penduduk', [row({ jenis_kelamin: 'P', nilai: 91366 }), row({ kelompok_umur: '0-17', nilai: 52661 })]],
    ]);
    const rates = deriveRates(spec, rows);
    expect(rates).toHaveLength(1);
    expect(rates[0]).toMatchObject({ nilai: null, pembilang: null, status: 'disembunyikan' });
  });
});

describe('deriveCoverage counts every village of the area, listed or not', () => {
  const regions = new Map<string, Region>([
    ['19.02', region('19.02', 'kabupaten', ['19.02.04', '19.02.05'])],
    ['19.02.04', region('19.02.04', 'kecamatan', ['19.02.04.2001', '19.02.04.2002'])],
    ['19.02.04.2001', region('19.02.04.2001', 'desa')],
    ['19.02.04.2002', region('19.02.04.2002', 'desa')],
    ['19.02.05', region('19.02.05', 'kecamatan', ['19.02.05.2001'])],
    ['19.02.05.2001', region('19.02.05.2001', 'desa')],
  ]);
  it('gives 1 of 1 for a fully listed district and 0 of 2 for one never listed', () => {
    const rows = [row({ kode: '19.02.05.2001', nilai: 'Layak Anak' }), row({ kode: '19.02.04.2001', nilai: 'Belum tercatat' })];
    expect(deriveCoverage('Layak Anak', ['desa', 'kelurahan'], rows, regions, '19.02')).toEqual([
      { kode: '19.02', tahun: 2022, nilai: 33.33, jumlah: 1, total: 3 },
      { kode: '19.02.04', tahun: 2022, nilai: 0, jumlah: 0, total: 2 },
      { kode: '19.02.05', tahun: 2022, nilai: 100, jumlah: 1, total: 1 },
    ]);
  });
});

describe('protectCounts hides small violence counts below the kabupaten total', () => {
  const regions = new Map<string, Region>([
    ['19.02', region('19.02', 'kabupaten')],
    ['19.02.01', region('19.02.01', 'kecamatan')],
  ]);
  const rule = { threshold: 10, rootCode: '19.02', regions };
  it.each([
    { name: 'kabupaten total of 8', input: row({ nilai: 8 }), hidden: false },
    { name: 'kabupaten split one way (anak 8)', input: row({ kategori: 'anak', nilai: 8 }), hidden: false },
    { name: 'kabupaten cross-tab of two splits', input: row({ kategori: 'anak', jenis_kelamin: 'P', nilai: 3 }), hidden: true },
    { name: 'kecamatan count of 4', input: row({ kode: '19.02.01', nilai: 4 }), hidden: true },
    { name: 'kecamatan count of 10', input: row({ kode: '19.02.01', nilai: 10 }), hidden: false },
    { name: 'kecamatan zero stated by the source', input: row({ kode: '19.02.01', nilai: 0 }), hidden: false },
  ])('$name', ({ input, hidden }) => {
    const [out] = protectCounts([input], rule);
    expect(out!.status === 'disembunyikan').toBe(hidden);
    expect(out!.nilai).toBe(hidden ? null : input.nilai);
  });
});
