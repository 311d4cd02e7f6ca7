/**
 * The map explorer's state and its URL form, so a copied link restores the view.
 *
 *   readState('?tingkat=desa&indikator=desa-layak-anak&tahun=2022', defaults) -> { tingkat: 'desa', … }
 *   writeState({ tingkat: 'kecamatan', indikator: 'x', tahun: 2020, wilayah: '' }) -> 'tingkat=kecamatan&indikator=x&tahun=2020'
 */
export interface MapState {
  tingkat: 'kecamatan' | 'desa';
  indikator: string;
  tahun: number;
  wilayah: string;
}

export function readState(search: string, defaults: MapState): MapState {
  const q = new URLSearchParams(search);
  const tingkat = q.get('tingkat');
  const tahun = Number(q.get('tahun'));
  return {
    tingkat: tingkat === 'desa' || tingkat === 'kecamatan' ? tingkat : defaults.tingkat,
    indikator: q.get('indikator') ?? defaults.indikator,
    tahun: Number.isInteger(tahun) && tahun > 0 ? tahun : defaults.tahun,
    wilayah: q.get('wilayah') ?? defaults.wilayah,
  };
}

export function writeState(s: MapState): string {
  const q = new URLSearchParams({ tingkat: s.tingkat, indikator: s.indikator, tahun: String(s.tahun) });
  if (s.wilayah) q.set('wilayah', s.wilayah);
  return q.toString();
}
