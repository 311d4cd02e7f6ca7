/**
 * The static JSON API under /api/v1/ (written at build time by src/pages/api/v1/): the catalogue, one
 * file per indicator (metadata and every value), one per region (each indicator's latest value there),
 * and a JSON Schema for each shape, published beside them. Field names are those of the CSV downloads.
 *
 *   apiCatalog()            -> { versi: 'v1', rilis: '2026-12-02', indikator: [{ id: 'idg', … }] }
 *   await apiIndicator(ind) -> { versi: 'v1', indikator: { id: 'idg', definisi: {…}, … }, sumber: [...], nilai: [...] }
 */
import { isTotal, type PublishedRow } from '../model/row.ts';
import { catalog, region, regions, site, sources, type CatalogIndicator, type Region } from './site-data.ts';
import { API_BASE, API_VERSION } from './api-schema.ts';
import { loadRows } from './values.ts';

export { API_BASE, API_SCHEMAS, API_VERSION } from './api-schema.ts';

const head = () => ({
  versi: API_VERSION,
  rilis: site.rilis.tanggal,
  portal: site.portal.nama.id,
  alamat: site.portal.url,
  lisensi: { nama: site.portal.lisensi.nama, url: site.portal.lisensi.url },
});

/** A value as the API gives it: the CSV's fields, a hidden count as null with its status. */
function apiValue(r: PublishedRow) {
  const area = region(r.kode);
  return {
    kode_wilayah: r.kode,
    nama_wilayah: area?.nama ?? r.kode,
    tingkat: area?.tingkat ?? '',
    tahun: r.tahun,
    jenis_kelamin: r.jenis_kelamin,
    kelompok_umur: r.kelompok_umur,
    kategori: r.kategori,
    seri: r.seri,
    jenis: r.jenis,
    nilai: r.status === 'disembunyikan' ? null : r.nilai,
    status: r.status,
    sumber: r.sumber.split(' ').filter(Boolean),
    lokasi: r.lokasi,
    catatan: r.catatan,
  };
}

/** The indicator's series, the main one (code '') first; empty where it has only one. */
const seriesList = (ind: CatalogIndicator) =>
  ind.seri?.length
    ? [
        { kode: '', nama: ind.seri_utama!, keterangan: null },
        ...ind.seri.map((s) => ({ kode: s.kode, nama: s.nama, keterangan: s.keterangan })),
      ]
    : [];

const links = (id: string) => ({
  api: `${API_BASE}/indikator/${id}.json`,
  csv: `/data/${id}.csv`,
  halaman: `/indikator/${id}/`,
});

export function apiCatalog() {
  return {
    ...head(),
    indikator: catalog.indikator.map((ind) => {
      const last = ind.ringkasan.terakhir;
      return {
        id: ind.id,
        nama: ind.nama,
        tema: ind.tema,
        tipe: ind.tipe,
        satuan: ind.satuan,
        tingkat_wilayah: ind.level_wilayah,
        tahun: ind.ringkasan.tahun,
        terakhir: last ? { tahun: last.tahun, nilai: last.status === 'disembunyikan' ? null : last.nilai, status: last.status } : null,
        tautan: ind.ringkasan.jumlah_baris > 0 ? links(ind.id) : { halaman: `/indikator/${ind.id}/` },
      };
    }),
  };
}

export async function apiIndicator(ind: CatalogIndicator) {
  const rows = await loadRows(ind.id);
  const cited = [...new Set(rows.flatMap((r) => r.sumber.split(' ')).filter(Boolean))].sort();
  return {
    ...head(),
    indikator: {
      id: ind.id,
      nama: ind.nama,
      tema: ind.tema,
      tipe: ind.tipe,
      konsep: ind.konsep,
      definisi: ind.definisi,
      rumus: ind.rumus,
      satuan: ind.satuan,
      rentang: ind.rentang ?? null,
      polaritas: ind.polaritas,
      periode: ind.periode,
      tingkat_wilayah: ind.level_wilayah,
      sumber_data: ind.sumber_data,
      opd: ind.opd,
      catatan: ind.catatan ?? null,
      seri: seriesList(ind),
      tautan: links(ind.id),
    },
    sumber: cited.map((id) => ({
      id,
      judul: sources[id]?.judul_lengkap ?? id,
      penerbit: sources[id]?.penerbit ?? null,
      tanggal: sources[id]?.tanggal ?? null,
      url: sources[id]?.url ?? null,
    })),
    nilai: rows.map(apiValue),
  };
}

/** Each indicator's latest realised value for the region itself (no breakdown), with its year. */
export async function apiRegion(area: Region) {
  const indikator = [];
  for (const ind of catalog.indikator) {
    const rows = (await loadRows(ind.id)).filter(
      (r) => r.kode === area.kode && r.jenis === 'realisasi' && isTotal(r) && r.status !== 'digantikan',
    );
    const valued = rows.filter((r) => r.nilai !== null || r.status === 'disembunyikan');
    if (valued.length === 0) continue;
    const year = Math.max(...valued.map((r) => r.tahun));
    const latest = valued.filter((r) => r.tahun === year);
    indikator.push({
      id: ind.id,
      nama: ind.nama,
      satuan: ind.satuan,
      tahun: year,
      // Sources that disagree each keep their value: the first is the portal's headline.
      nilai: latest.map((r) => ({
        nilai: r.status === 'disembunyikan' ? null : r.nilai,
        seri: r.seri,
        status: r.status,
        sumber: r.sumber.split(' ').filter(Boolean),
      })),
      tautan: links(ind.id),
    });
  }
  return {
    ...head(),
    wilayah: { kode: area.kode, nama: area.nama, tingkat: area.tingkat, induk: area.induk, anak: area.anak },
    indikator,
  };
}

/** The regions with a page of their own (the portal's region and those inside it). */
export function apiRegions(): Region[] {
  const root = site.wilayah.kode;
  return regions.filter((r) => r.kode === root || r.kode.startsWith(`${root}.`));
}
