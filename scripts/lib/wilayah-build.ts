/**
 * Builds the rows of data/wilayah.csv for one kabupaten/kota from the national code lists.
 *
 *   buildWilayahRows({ kode: '19.02', provinces, regencies, districts, villages, points, overrides })
 *   -> [{ kode: 'ID', tingkat: 'nasional' }, { kode: '19', tingkat: 'provinsi' }, { kode: '19.02', ... }, ...]
 *
 * Pure: the caller reads the packages' files. Names in the code lists are upper case or split
 * ("Tanjung Pandan"); a reviewed overrides file restores the local spelling.
 */
export type Tingkat = 'nasional' | 'provinsi' | 'kabupaten' | 'kota' | 'kecamatan' | 'desa' | 'kelurahan';

export interface WilayahRow {
  kode: string;
  nama: string;
  tingkat: Tingkat;
  kode_induk: string;
  lat: string;
  lon: string;
  sumber: string;
}

export interface CodeName {
  code: string;
  name: string;
}

export interface Override {
  kode: string;
  kolom: 'nama' | 'lat' | 'lon';
  nilai: string;
  alasan: string;
}

export interface WilayahSources {
  kode: string;
  provinces: CodeName[];
  regencies: CodeName[];
  districts: CodeName[];
  villages: CodeName[];
  points: Map<string, { lat: number; lon: number }>;
  overrides: Override[];
  codeSource: string;
  pointSource: string;
}

export const NATIONAL_CODE = 'ID';

/** "KABUPATEN BELITUNG" -> "Kabupaten Belitung"; "KEPULAUAN BANGKA BELITUNG" -> "Kepulauan Bangka Belitung". */
export function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name.trim();
  return name
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((part) => (/^\s+$|^-$/.test(part) ? part : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('')
    .trim();
}

/** Kemendagri village codes: the 4-digit part starts with 1 for a kelurahan, 2 for a desa. */
export function villageLevel(code: string): 'desa' | 'kelurahan' {
  const last = code.split('.')[3] ?? '';
  return last.startsWith('1') ? 'kelurahan' : 'desa';
}

function round6(value: number): string {
  return value.toFixed(6);
}

export function buildWilayahRows(src: WilayahSources): WilayahRow[] {
  const { kode } = src;
  if (!/^\d{2}\.\d{2}$/.test(kode))
    throw new Error(`Kode kabupaten/kota "${kode}" harus berbentuk NN.NN (dua angka provinsi, titik, dua angka kabupaten/kota)`);
  const provCode = kode.slice(0, 2);
  const regency = src.regencies.find((r) => r.code === kode);
  if (!regency) throw new Error(`Kode ${kode} tidak ada dalam daftar kabupaten/kota Kemendagri.`);
  const province = src.provinces.find((p) => p.code === provCode);
  if (!province) throw new Error(`Kode provinsi ${provCode} tidak ada dalam daftar provinsi.`);

  const row = (code: string, name: string, tingkat: Tingkat, parent: string, withPoint = false): WilayahRow => {
    const point = withPoint ? src.points.get(code) : undefined;
    return {
      kode: code,
      nama: titleCase(name),
      tingkat,
      kode_induk: parent,
      lat: point ? round6(point.lat) : '',
      lon: point ? round6(point.lon) : '',
      sumber: point ? `${src.codeSource}; titik: ${src.pointSource}` : src.codeSource,
    };
  };

  const isKota = /^KOTA\b/i.test(regency.name);
  const rows: WilayahRow[] = [
    { kode: NATIONAL_CODE, nama: 'Indonesia', tingkat: 'nasional', kode_induk: '', lat: '', lon: '', sumber: 'seri pembanding nasional' },
    row(province.code, province.name, 'provinsi', NATIONAL_CODE),
    row(regency.code, regency.name, isKota ? 'kota' : 'kabupaten', province.code),
  ];
  const districts = src.districts.filter((d) => d.code.startsWith(`${kode}.`)).sort(byCode);
  for (const district of districts) {
    rows.push(row(district.code, district.name, 'kecamatan', kode));
    const villages = src.villages.filter((v) => v.code.startsWith(`${district.code}.`)).sort(byCode);
    for (const village of villages) rows.push(row(village.code, village.name, villageLevel(village.code), district.code, true));
  }
  return applyOverrides(rows, src.overrides);
}

function byCode(a: CodeName, b: CodeName): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function applyOverrides(rows: WilayahRow[], overrides: Override[]): WilayahRow[] {
  const byKode = new Map(rows.map((r) => [r.kode, r]));
  for (const o of overrides) {
    const target = byKode.get(o.kode);
    if (!target) continue; // overrides for other regions are ignored, so one file can serve several
    target[o.kolom] = o.nilai;
    target.sumber = `${target.sumber}; ${o.kolom} dikoreksi: ${o.alasan}`;
  }
  return rows;
}
