/**
 * Invented regions and violence rows for the disclosure tests: a kabupaten 19.02 with the kecamatan given,
 * and a row of the aggregate data with what a test sets.
 *
 *   regionsWith(['19.02.01', '19.02.02']); violenceRow('19.02.01', 12, { jk: 'P' })
 */
import type { ViolenceRow } from '../../scripts/lib/rows.ts';
import type { Region } from '../../src/model/region.ts';

export function regionsWith(kecamatan: string[]): Map<string, Region> {
  const area = (kode: string, nama: string, level: 'kabupaten' | 'kecamatan', induk: string | null, anak: string[]): [string, Region] => [
    kode,
    { kode, nama, tingkat: level, level, induk, lat: null, lon: null, sumber: '', anak },
  ];
  return new Map([
    area('19.02', 'Kab', 'kabupaten', null, kecamatan),
    ...kecamatan.map((k, i) => area(k, String.fromCharCode(65 + i), 'kecamatan', '19.02', [])),
  ]);
}

export function violenceRow(kode: string, jumlah: number, over: Partial<ViolenceRow> = {}): ViolenceRow {
  return {
    tahun: 2024,
    kode,
    jenis: '',
    jk: '',
    ku: '',
    tempat: '',
    hubungan: '',
    jumlah,
    sumber: 'fiktif',
    file: 'f.csv',
    baris: 2,
    ...over,
  };
}
