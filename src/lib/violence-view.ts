/**
 * Tables of the published aggregate violence cells (already through disclosure control in the
 * pipeline): by kecamatan, by type and by sex × age, one set per year.
 *
 *   violenceTables(published, rootCode) -> [{ tahun: 2024, kecamatan: [...], jenis: [...], jkKu: [...] }]
 */
import type { CubeCell, ViolenceFile } from '../model/violence.ts';

/** A published cube cell: a hidden count arrives as null. */
export type ViolenceCell = Omit<CubeCell, 'jumlah' | 'alasan' | 'kelompok' | 'status'> & {
  kelompok: string;
  jumlah: number | null;
  status: string;
};

export function decodeViolence(file: ViolenceFile): ViolenceCell[] {
  return file.sel.map(([kode, tahun, jenis, jk, ku, tempat, hubungan, kelompok, jumlah, status, sumber]) => ({
    kode,
    tahun,
    jenis,
    jk,
    ku,
    tempat,
    hubungan,
    kelompok,
    jumlah,
    status,
    sumber,
  }));
}

const only = (c: ViolenceCell, set: Partial<Record<'jenis' | 'jk' | 'ku', true>>): boolean =>
  c.tempat === '' &&
  c.hubungan === '' &&
  c.kelompok === '' &&
  (c.jenis !== '') === Boolean(set.jenis) &&
  (c.jk !== '') === Boolean(set.jk) &&
  (c.ku !== '') === Boolean(set.ku);

export function violenceTables(cells: readonly ViolenceCell[], rootCode: string) {
  const years = [...new Set(cells.map((c) => c.tahun))].sort((a, b) => b - a);
  return years.map((tahun) => {
    const inYear = cells.filter((c) => c.tahun === tahun);
    return {
      tahun,
      kecamatan: inYear.filter((c) => c.kode !== rootCode && only(c, {})),
      total: inYear.find((c) => c.kode === rootCode && only(c, {})),
      jenis: inYear.filter((c) => c.kode === rootCode && only(c, { jenis: true })),
      jkKu: inYear.filter((c) => c.kode === rootCode && only(c, { jk: true, ku: true })),
    };
  });
}

/** The identity of a published violence cell, for the independent disclosure checker that scans the built site. */
export function cellIdentity(c: ViolenceCell): string {
  return JSON.stringify({
    kode: c.kode,
    tahun: c.tahun,
    jenis: c.jenis,
    jk: c.jk,
    ku: c.ku,
    tempat: c.tempat,
    hubungan: c.hubungan,
    kelompok: c.kelompok,
  });
}
