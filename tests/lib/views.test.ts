/** The views chosen from the shape of the data, on invented rows of an invented kabupaten (test fixtures only). */
import { describe, expect, it } from 'vitest';
import type { ViewContext } from '../../src/lib/indicator-view.ts';
import type { CatalogIndicator, Region, SiteConfig, SiteSource } from '../../src/lib/site-data.ts';
import { disputeNotes, tierNotes } from '../../src/lib/view-notes.ts';
import { breakdownPanels, kecamatanPanel, statusPanel, viewsOf } from '../../src/lib/views.ts';
import type { Scheme } from '../../src/model/catalog.ts';
import { inventedRow } from '../rows.ts';

const area = (kode: string, tingkat: Region['tingkat'], anak: string[] = []): Region => ({
  kode,
  nama: `Uji ${kode}`,
  tingkat,
  level: tingkat === 'kelurahan' ? 'desa' : (tingkat as Region['level']),
  induk: kode.includes('.') ? kode.slice(0, kode.lastIndexOf('.')) : null,
  lat: null,
  lon: null,
  sumber: 'uji',
  anak,
});
const regions = new Map(
  [
    area('99.01', 'kabupaten', ['99.01.01', '99.01.02']),
    area('99.01.01', 'kecamatan', ['99.01.01.1', '99.01.01.2']),
    area('99.01.02', 'kecamatan', ['99.01.02.1']),
    area('99.01.01.1', 'desa'),
    area('99.01.01.2', 'kelurahan'),
    area('99.01.02.1', 'desa'),
  ].map((r) => [r.kode, r]),
);
const status: Scheme = {
  nama: { id: 'Status uji', en: 'Test status' },
  berlaku: [
    {
      dari: 2000,
      peringkat: [
        { kode: 'Belum', nama: { id: 'Belum', en: 'Not yet' } },
        { kode: 'Ya', nama: { id: 'Layak', en: 'Friendly' } },
      ],
    },
  ],
};
const tiers: Scheme = {
  nama: { id: 'Tingkat uji', en: 'Test tier' },
  berlaku: [
    {
      dari: 2011,
      peringkat: [
        { kode: 'A', nama: { id: 'A', en: 'A' }, skor: [500, 600] },
        { kode: 'B', nama: { id: 'B', en: 'B' }, skor: [601, 700] },
      ],
    },
  ],
};
const sources: Record<string, SiteSource> = {
  'berita-uji': {
    judul: 'Berita',
    penerbit: 'Koran Uji',
    tanggal: '2025-08-08',
    bentuk: 'situs',
    judul_lengkap: 'Berita',
    judul_singkat: 'Berita',
  },
};
const ctx: ViewContext = {
  locale: 'id',
  site: { wilayah: { kode: '99.01', provinsi: '99', nasional: 'ID' } } as unknown as SiteConfig,
  region: (kode) => regions.get(kode),
  schemes: { status, tiers },
  sourceTitle: (id) => sources[id]?.judul_singkat ?? '',
  sourceOf: (id) => sources[id],
  threshold: 10,
};
const indicator = (over: Partial<CatalogIndicator>): CatalogIndicator =>
  ({
    id: 'uji',
    tipe: 'angka',
    desimal: 2,
    satuan: { id: 'orang', en: 'people' },
    kategori: [
      { kode: 'p', nama: { id: 'Perempuan', en: 'Women' } },
      { kode: 'a', nama: { id: 'Anak', en: 'Children' } },
    ],
    perbedaan: [{ tahun: [2022], alasan: { id: 'Dua tabel berbeda.', en: 'Two tables differ.' }, sebanding: true }],
    ...over,
  }) as unknown as CatalogIndicator;
const row = inventedRow;

describe('viewsOf', () => {
  it('chooses views from the type and the shape of the rows, never from the id', () => {
    expect(viewsOf(indicator({ tipe: 'kategori' }), [], ctx)).toEqual(['status']);
    expect(viewsOf(indicator({ tipe: 'ordinal' }), [], ctx)).toEqual(['tier']);
    const counts = [row({ kode: '99.01', nilai: 5 }), row({ kode: '99.01.01', nilai: 3 }), row({ kode: '99.01', kategori: 'p', nilai: 2 })];
    expect(viewsOf(indicator({ tipe: 'jumlah' }), counts, ctx)).toEqual(['trend', 'breakdown', 'kecamatan']);
    expect(viewsOf(indicator({}), [row({ kode: '99.01', kategori: 'p', jenis: 'target', nilai: 9 })], ctx)).toEqual(['breakdown']);
  });
});

describe('statusPanel', () => {
  it('counts units of the top status per kecamatan and for the kabupaten, per year', () => {
    const rows = [
      row({ kode: '99.01.01.1', nilai: 'Ya' }),
      row({ kode: '99.01.01.2', nilai: 'Belum' }),
      row({ kode: '99.01.02.1', nilai: 'Ya' }),
      row({ kode: '99.01.02.1', nilai: 'Belum', sumber: 'kedua' }), // a second row of a unit and year does not count twice
    ];
    const panel = statusPanel(rows, indicator({ tipe: 'kategori', skema: 'status' }), ctx)!;
    expect(panel.groups.map((g) => [g.heading, g.rows.map((r) => [r.label, r.text, r.segments.map((s) => s.value)])])).toEqual([
      [
        '2022',
        [
          ['Uji 99.01', '2 dari 3', [2, 1]],
          ['Uji 99.01.01', '1 dari 2', [1, 1]],
          ['Uji 99.01.02', '1 dari 1', [1, 0]],
        ],
      ],
    ]);
    expect(panel.max).toBe(3);
  });
});

describe('breakdownPanels', () => {
  it('draws realised parts per year with their flags and why they are disputed, never the total among its parts', () => {
    const rows = [
      row({ nilai: 38 }),
      row({ kategori: 'p', nilai: 30, status: 'diperdebatkan' }),
      row({ kategori: 'a', nilai: 8 }),
      row({ tahun: 2025, kategori: 'a', nilai: 41, status: 'sementara' }),
    ].map((r) => ({ ...r, kode: '99.01' }));
    const [panel] = breakdownPanels(rows, indicator({ tipe: 'jumlah' }), ctx, 'target');
    expect(panel!.title).toBe('Menurut kategori (orang)');
    expect(panel!.groups.map((g) => [g.heading, g.rows.map((r) => [r.label, r.text, r.flags, r.why])])).toEqual([
      [
        '2022',
        [
          ['Perempuan', '30', ['diperdebatkan'], 'Dua tabel berbeda.'],
          ['Anak', '8', [], null],
        ],
      ],
      ['2025', [['Anak', '41', ['sementara'], null]]],
    ]);
    expect(panel!.lead).toBe('');
  });

  it('draws targets under their own name where no part is realised', () => {
    const rows = [row({ kode: '99.01', kategori: 'p', jenis: 'target', nilai: 500 })];
    const [panel] = breakdownPanels(rows, indicator({}), ctx, 'pagu indikatif (rencana)');
    expect(panel!.lead).toBe('Belum ada realisasi: yang digambar adalah pagu indikatif (rencana).');
  });
});

describe('kecamatanPanel', () => {
  it('puts every kecamatan on one scale with every year, saying where a year is missing', () => {
    const rows = [
      row({ kode: '99.01.01', tahun: 2021, nilai: 4 }),
      row({ kode: '99.01.01', nilai: 2 }),
      row({ kode: '99.01.02', nilai: 1 }),
    ];
    const panel = kecamatanPanel(rows, indicator({ tipe: 'jumlah' }), ctx)!;
    expect(panel.max).toBe(4);
    expect(panel.groups.map((g) => [g.heading, g.rows.map((r) => `${r.label}: ${r.text}`)])).toEqual([
      ['Uji 99.01.01', ['2021: 4', '2022: 2']],
      ['Uji 99.01.02', ['2021: data belum tersedia', '2022: 1']],
    ]);
  });
});

describe('disputeNotes', () => {
  it('gives per year the headline value, the others and the sentence on why', () => {
    const rows = [
      row({ kode: '99.01', nilai: 53.42, status: 'diperdebatkan' }),
      row({ kode: '99.01', nilai: 53.02, status: 'diperdebatkan' }),
      row({ kode: '99.01', tahun: 2021, nilai: 50 }),
    ];
    expect(disputeNotes(rows, indicator({}), ctx)).toEqual([
      { year: 2022, kind: 'realisasi', headline: '53,42', others: ['53,02'], why: 'Dua tabel berbeda.' },
    ]);
  });
});

describe('tierNotes', () => {
  it('names the scheme, a score in another tier band than the tier announced, and a tier known only from the news', () => {
    const ind = indicator({ tipe: 'ordinal', skema: 'tiers' });
    const rows = [row({ kode: '99.01', tahun: 2019, nilai: 'A' }), row({ kode: '99.01', tahun: 2025, nilai: 'A', sumber: 'berita-uji' })];
    expect(tierNotes(rows, ind, ctx, new Map([[2019, 609.93]]))).toEqual({
      schemes: ['Skema sejak 2011: A 500–600, B 601–700.'],
      conflicts: [
        '2019: nilai evaluasi 609,93 masuk rentang B (601–700) pada skema yang diterbitkan, tetapi kategori yang diumumkan A. Keduanya ditampilkan apa adanya.',
      ],
      news: ['2025: A menurut pemberitaan (Koran Uji, 8 Agustus 2025); surat keputusannya belum diperiksa, jadi status ini sementara.'],
    });
    expect(tierNotes(rows, ind, ctx, new Map([[2019, 550]])).conflicts).toEqual([]);
  });
});
