/** For tests: an invented published row (value 1 for Kabupaten 19.02 in 2022 unless `over` says otherwise). */
import type { PublishedRow } from '../src/model/row.ts';

export const inventedRow = (over: Partial<PublishedRow> = {}): PublishedRow => ({
  kode: '19.02',
  tahun: 2022,
  jenis_kelamin: '',
  kelompok_umur: '',
  kategori: '',
  seri: '',
  jenis: 'realisasi',
  nilai: 1,
  status: '',
  sumber: 'fiktif-uji',
  lokasi: '',
  catatan: '',
  capaian: null,
  capaian_sumber: null,
  tercapai: null,
  urutan: null,
  asal: 'data',
  ...over,
});
