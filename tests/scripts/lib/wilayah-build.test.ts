import { describe, expect, it } from 'vitest';
import { buildWilayahRows, titleCase, villageLevel } from '../../../scripts/lib/wilayah-build.ts';

describe('titleCase and villageLevel', () => {
  it.each([
    { input: 'KABUPATEN BELITUNG', expected: 'Kabupaten Belitung' },
    { input: 'KEPULAUAN BANGKA BELITUNG', expected: 'Kepulauan Bangka Belitung' },
    { input: 'Aik Rayak', expected: 'Aik Rayak' },
  ])('$input', ({ input, expected }) => expect(titleCase(input)).toBe(expected));
  it.each([
    { code: '19.02.01.1001', expected: 'kelurahan' },
    { code: '19.02.01.2003', expected: 'desa' },
  ])('$code is a $expected', ({ code, expected }) => expect(villageLevel(code)).toBe(expected));
});

describe('buildWilayahRows', () => {
  const src = {
    kode: '19.02',
    provinces: [{ code: '19', name: 'KEPULAUAN BANGKA BELITUNG' }],
    regencies: [
      { code: '19.02', name: 'KABUPATEN BELITUNG' },
      { code: '19.06', name: 'KABUPATEN BELITUNG TIMUR' },
    ],
    districts: [
      { code: '19.02.01', name: 'Tanjung Pandan' },
      { code: '19.06.01', name: 'Manggar' },
    ],
    villages: [
      { code: '19.02.01.2003', name: 'Buluh Tumbang' },
      { code: '19.02.01.1001', name: 'Kota' },
      { code: '19.06.01.2001', name: 'Lain' },
    ],
    points: new Map([['19.02.01.1001', { lat: -2.7425747, lon: 107.6359022 }]]),
    overrides: [{ kode: '19.02.01', kolom: 'nama' as const, nilai: 'Tanjungpandan', alasan: 'ejaan setempat' }],
    codeSource: 'kode-uji',
    pointSource: 'titik-uji',
  };
  it('keeps only the chosen regency, orders by code, applies overrides and records every source', () => {
    const rows = buildWilayahRows(src);
    expect(rows.map((r) => [r.kode, r.nama, r.tingkat, r.kode_induk, r.lat, r.lon])).toEqual([
      ['ID', 'Indonesia', 'nasional', '', '', ''],
      ['19', 'Kepulauan Bangka Belitung', 'provinsi', 'ID', '', ''],
      ['19.02', 'Kabupaten Belitung', 'kabupaten', '19', '', ''],
      ['19.02.01', 'Tanjungpandan', 'kecamatan', '19.02', '', ''],
      ['19.02.01.1001', 'Kota', 'kelurahan', '19.02.01', '-2.742575', '107.635902'],
      ['19.02.01.2003', 'Buluh Tumbang', 'desa', '19.02.01', '', ''],
    ]);
    expect(rows[3]!.sumber).toBe('kode-uji; nama dikoreksi: ejaan setempat');
    expect(rows[4]!.sumber).toBe('kode-uji; titik: titik-uji');
  });
  it('refuses a code that is not a kabupaten/kota code', () => {
    expect(() => buildWilayahRows({ ...src, kode: '19.99' })).toThrow('Kode 19.99 tidak ada dalam daftar kabupaten/kota Kemendagri.');
    expect(() => buildWilayahRows({ ...src, kode: '1902' })).toThrow('harus berbentuk NN.NN');
  });
});
