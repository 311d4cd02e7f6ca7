/** How the region stands against its province, in one sentence: invented rows for these tests only. */
import { describe, expect, it } from 'vitest';
import { standing, type Places } from '../../src/lib/comparison.ts';
import type { CatalogIndicator } from '../../src/lib/site-data.ts';
import { inventedRow as row } from '../rows.ts';

const places: Places = { root: { kode: '19.02', nama: 'Kabupaten Uji' }, province: { kode: '19', nama: 'Provinsi Uji' } };
const indicator = (over: Partial<CatalogIndicator> = {}): CatalogIndicator =>
  ({ id: 'uji', tipe: 'angka', desimal: 2, polaritas: 'naik', ...over }) as CatalogIndicator;
const series = [{ kode: 'baru', nama: { id: 'metode baru', en: 'new method' }, keterangan: { id: '-', en: '-' } }];

describe('standing against the province', () => {
  it('compares the latest year both have, says higher or lower, and better or worse by the direction', () => {
    const rows = [
      row({ tahun: 2021, nilai: 70 }),
      row({ kode: '19', tahun: 2021, nilai: 71 }),
      row({ tahun: 2023, nilai: 74.02 }),
      row({ kode: '19', tahun: 2023, nilai: 72.85 }),
    ];
    expect(standing(indicator(), rows, 'id', places)).toBe(
      'Pada 2023, Kabupaten Uji lebih tinggi daripada Provinsi Uji: 74,02 dibanding 72,85 (lebih baik).',
    );
    expect(standing(indicator({ polaritas: 'turun' }), rows, 'en', places)).toBe(
      'In 2023, Kabupaten Uji was higher than Provinsi Uji: 74.02 against 72.85 (worse).',
    );
    expect(standing(indicator({ polaritas: 'netral' }), rows, 'id', places)).toBe(
      'Pada 2023, Kabupaten Uji lebih tinggi daripada Provinsi Uji: 74,02 dibanding 72,85.',
    );
  });

  it('never compares counts, values of different series, or years only one of them has', () => {
    const rows = [row({ tahun: 2022, nilai: 38 }), row({ kode: '19', tahun: 2022, nilai: 155 })];
    expect(standing(indicator({ tipe: 'jumlah' }), rows, 'id', places)).toBeNull();
    const apart = [
      row({ tahun: 2023, nilai: 74 }),
      row({ kode: '19', tahun: 2023, seri: 'baru', nilai: 74.09 }),
      row({ kode: '19', tahun: 2022, nilai: 72 }),
    ];
    expect(standing(indicator({ seri: series, seri_utama: { id: 'metode lama', en: 'old method' } }), apart, 'id', places)).toBeNull();
  });

  it('names the series when the indicator has several, and takes the first of disputed values', () => {
    const rows = [
      row({ tahun: 2022, nilai: 73.38, status: 'diperdebatkan' }),
      row({ tahun: 2022, nilai: 73.78, status: 'diperdebatkan' }),
      row({ kode: '19', tahun: 2022, nilai: 72.24 }),
      row({ kode: '19', tahun: 2022, seri: 'baru', nilai: 73.5 }),
    ];
    expect(standing(indicator({ seri: series, seri_utama: { id: 'metode lama', en: 'old method' } }), rows, 'id', places)).toBe(
      'Pada 2022 (metode lama), Kabupaten Uji lebih tinggi daripada Provinsi Uji: 73,38 dibanding 72,24 (lebih baik).',
    );
  });
});
