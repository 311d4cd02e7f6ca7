/**
 * Coverage of a status among the villages of each district and of the whole regency.
 *
 *   deriveCoverage('Layak Anak', ['desa', 'kelurahan'], desaLayakAnakRows, regions, '19.02')
 *   -> [{ kode: '19.02.05', tahun: 2022, nilai: 100, jumlah: 7, total: 7 }, { kode: '19.02.04', …, jumlah: 0, total: 10 }, …]
 *
 * The denominator is every village of the area in data/wilayah.csv, not only those with a row, so an
 * area whose villages were never listed shows 0 of N rather than disappearing.
 */
import type { ValueRow } from '../rows.ts';
import type { Region } from '../../../src/model/region.ts';
import { round } from './achievement.ts';

export interface DerivedCoverage {
  kode: string;
  tahun: number;
  nilai: number;
  jumlah: number;
  total: number;
}

export function deriveCoverage(
  status: string,
  unitLevels: readonly string[],
  rows: readonly ValueRow[],
  regions: ReadonlyMap<string, Region>,
  rootCode: string,
): DerivedCoverage[] {
  const units = [...regions.values()].filter((r) => unitLevels.includes(r.tingkat) && r.kode.startsWith(`${rootCode}.`));
  const years = [...new Set(rows.filter((r) => r.jenis === 'realisasi').map((r) => r.tahun))].sort((a, b) => a - b);
  const areas = [rootCode, ...(regions.get(rootCode)?.anak ?? []).filter((k) => regions.get(k)?.level === 'kecamatan')];
  const out: DerivedCoverage[] = [];
  for (const tahun of years) {
    const listed = new Set(
      rows
        .filter((r) => r.tahun === tahun && r.jenis === 'realisasi' && r.nilai === status && r.status !== 'diperdebatkan')
        .map((r) => r.kode),
    );
    for (const area of areas) {
      const inArea = units.filter((u) => u.kode.startsWith(`${area}.`));
      if (inArea.length === 0) continue;
      const jumlah = inArea.filter((u) => listed.has(u.kode)).length;
      out.push({ kode: area, tahun, nilai: round((jumlah / inArea.length) * 100, 2), jumlah, total: inArea.length });
    }
  }
  return out;
}
