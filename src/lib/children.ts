/**
 * The figures of the "Untuk Anak" pages, each from the data with its source: the share of villages and
 * wards that are child-friendly (Desa/Kelurahan Layak Anak) in the latest year, each village's status,
 * and the regency's latest KLA tier. No violence figure appears on these pages.
 *
 *   await childFigures('id') -> { dla: { year: 2022, n: 22, total: 49, source: 'Renstra …', byKecamatan: [...] }, kla: { year: 2025, tier: 'Pratama', … } }
 */
import { formatValue } from './headline.ts';
import type { Locale } from './i18n.ts';
import { catalog, regions, rootRegion, sources } from './site-data.ts';
import { loadRows } from './values.ts';

export const CHILD_THEMES = ['desaku', 'angka', 'forum-anak', 'bantuan'] as const;
export type ChildTheme = (typeof CHILD_THEMES)[number];

// The full title: a child reads no unexplained short form ("PPPA").
const titleOf = (ids: string) =>
  ids
    .split(' ')
    .map((id) => sources[id]?.judul_lengkap ?? id)
    .join('; ');

export interface ChildFigures {
  dla: {
    year: number;
    n: number;
    total: number;
    source: string;
    byKecamatan: Array<{ name: string; units: Array<{ name: string; child: boolean }> }>;
  } | null;
  kla: { year: number; tier: string; disputed: boolean; source: string } | null;
}

export async function childFigures(locale: Locale): Promise<ChildFigures> {
  const root = rootRegion();
  const dlaInd = catalog.indikator.find((i) => i.id === 'desa-layak-anak');
  const spread = dlaInd?.ringkasan.sebaran ?? null;
  let dla: ChildFigures['dla'] = null;
  if (dlaInd && spread) {
    const rows = (await loadRows(dlaInd.id)).filter((r) => r.tahun === spread.tahun && r.jenis === 'realisasi');
    const yes = new Set(rows.filter((r) => r.nilai === 'Layak Anak').map((r) => r.kode));
    const inside = regions.filter((r) => r.kode.startsWith(`${root.kode}.`));
    dla = {
      year: spread.tahun,
      n: spread.jumlah['Layak Anak'] ?? 0,
      total: spread.total,
      source: titleOf([...new Set(rows.map((r) => r.sumber))].join(' ')),
      byKecamatan: inside
        .filter((r) => r.level === 'kecamatan')
        .map((kec) => ({
          name: kec.nama,
          units: inside.filter((r) => r.induk === kec.kode).map((r) => ({ name: r.nama, child: yes.has(r.kode) })),
        })),
    };
  }
  const klaInd = catalog.indikator.find((i) => i.id === 'kla');
  const last = klaInd?.ringkasan.terakhir ?? null;
  const kla =
    klaInd && last && typeof last.nilai === 'string'
      ? {
          year: last.tahun,
          tier: formatValue(last, klaInd, locale, catalog.skema) ?? last.nilai,
          disputed: last.status === 'diperdebatkan' || klaInd.ringkasan.lain.length > 0,
          source: titleOf(last.sumber),
        }
      : null;
  return { dla, kla };
}
