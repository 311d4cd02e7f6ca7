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
import { loadRows } from './values.ts';

export const API_VERSION = 'v1';
export const API_BASE = `/api/${API_VERSION}`;

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
    jenis: r.jenis,
    nilai: r.status === 'disembunyikan' ? null : r.nilai,
    status: r.status,
    sumber: r.sumber.split(' ').filter(Boolean),
    lokasi: r.lokasi,
    catatan: r.catatan,
  };
}

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

// JSON Schemas (draft 2020-12) of the three shapes, published at /api/v1/schema/<name>.schema.json.
const bilingual = {
  type: 'object',
  required: ['id', 'en'],
  properties: { id: { type: 'string' }, en: { type: 'string' } },
  additionalProperties: false,
};
const value = { type: ['number', 'string', 'null'] };
const status = { enum: ['', 'belum_tersedia', 'disembunyikan', 'diperdebatkan', 'sementara', 'digantikan'] };
const common = {
  versi: { const: API_VERSION },
  rilis: { type: 'string', format: 'date' },
  portal: { type: 'string' },
  alamat: { type: 'string', format: 'uri' },
  lisensi: { type: 'object', required: ['nama', 'url'], properties: { nama: { type: 'string' }, url: { type: 'string', format: 'uri' } } },
};
const headRequired = ['versi', 'rilis', 'portal', 'alamat', 'lisensi'];
/** Every field of a value in the API, as apiValue() writes them. */
const VALUE_FIELDS = [
  'kode_wilayah',
  'nama_wilayah',
  'tingkat',
  'tahun',
  'jenis_kelamin',
  'kelompok_umur',
  'kategori',
  'jenis',
  'nilai',
  'status',
  'sumber',
  'lokasi',
  'catatan',
];
const linkSchema = {
  type: 'object',
  required: ['halaman'],
  properties: { api: { type: 'string' }, csv: { type: 'string' }, halaman: { type: 'string' } },
  additionalProperties: false,
};

export const API_SCHEMAS: Record<'katalog' | 'indikator' | 'wilayah', Record<string, unknown>> = {
  katalog: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${API_BASE}/schema/katalog.schema.json`,
    title: 'Katalog indikator',
    type: 'object',
    required: [...headRequired, 'indikator'],
    properties: {
      ...common,
      indikator: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'nama', 'tema', 'tipe', 'satuan', 'tingkat_wilayah', 'tahun', 'terakhir', 'tautan'],
          additionalProperties: false,
          properties: {
            id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
            nama: bilingual,
            tema: { type: 'string' },
            tipe: { enum: ['angka', 'jumlah', 'ordinal', 'kategori'] },
            satuan: bilingual,
            tingkat_wilayah: { type: 'array', items: { type: 'string' } },
            tahun: { oneOf: [{ type: 'null' }, { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 }] },
            terakhir: {
              oneOf: [
                { type: 'null' },
                {
                  type: 'object',
                  required: ['tahun', 'nilai', 'status'],
                  properties: { tahun: { type: 'integer' }, nilai: value, status },
                },
              ],
            },
            tautan: linkSchema,
          },
        },
      },
    },
  },
  indikator: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${API_BASE}/schema/indikator.schema.json`,
    title: 'Satu indikator: metadata dan setiap nilainya',
    type: 'object',
    required: [...headRequired, 'indikator', 'sumber', 'nilai'],
    properties: {
      ...common,
      indikator: {
        type: 'object',
        required: ['id', 'nama', 'tipe', 'definisi', 'rumus', 'satuan', 'periode', 'tingkat_wilayah', 'sumber_data', 'opd', 'tautan'],
        properties: {
          id: { type: 'string' },
          nama: bilingual,
          tipe: { enum: ['angka', 'jumlah', 'ordinal', 'kategori'] },
          konsep: bilingual,
          definisi: bilingual,
          rumus: bilingual,
          satuan: bilingual,
          periode: bilingual,
          sumber_data: bilingual,
          opd: bilingual,
          rentang: {
            oneOf: [
              { type: 'null' },
              { type: 'array', prefixItems: [{ type: 'number' }, { type: ['number', 'null'] }], minItems: 2, maxItems: 2 },
            ],
          },
          tingkat_wilayah: { type: 'array', items: { type: 'string' } },
          tautan: linkSchema,
        },
      },
      sumber: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'judul', 'penerbit', 'tanggal', 'url'],
          properties: {
            id: { type: 'string' },
            judul: { type: 'string' },
            penerbit: { type: ['string', 'null'] },
            tanggal: { type: ['string', 'null'] },
            url: { type: ['string', 'null'] },
          },
        },
      },
      nilai: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: VALUE_FIELDS,
          properties: {
            kode_wilayah: { type: 'string' },
            nama_wilayah: { type: 'string' },
            tingkat: { type: 'string' },
            tahun: { type: 'integer' },
            jenis_kelamin: { enum: ['', 'L', 'P'] },
            kelompok_umur: { type: 'string' },
            kategori: { type: 'string' },
            jenis: { enum: ['realisasi', 'target'] },
            nilai: value,
            status,
            sumber: { type: 'array', items: { type: 'string' }, minItems: 1 },
            lokasi: { type: 'string' },
            catatan: { type: 'string' },
          },
          // A hidden count has no number, whatever else the row says.
          if: { properties: { status: { const: 'disembunyikan' } } },
          then: { properties: { nilai: { type: 'null' } } },
        },
      },
    },
  },
  wilayah: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${API_BASE}/schema/wilayah.schema.json`,
    title: 'Satu wilayah: nilai terakhir setiap indikator',
    type: 'object',
    required: [...headRequired, 'wilayah', 'indikator'],
    properties: {
      ...common,
      wilayah: {
        type: 'object',
        required: ['kode', 'nama', 'tingkat', 'induk', 'anak'],
        properties: {
          kode: { type: 'string' },
          nama: { type: 'string' },
          tingkat: { type: 'string' },
          induk: { type: ['string', 'null'] },
          anak: { type: 'array', items: { type: 'string' } },
        },
      },
      indikator: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'nama', 'satuan', 'tahun', 'nilai', 'tautan'],
          properties: {
            id: { type: 'string' },
            nama: bilingual,
            satuan: bilingual,
            tahun: { type: 'integer' },
            nilai: {
              type: 'array',
              minItems: 1,
              items: {
                type: 'object',
                required: ['nilai', 'status', 'sumber'],
                properties: { nilai: value, status, sumber: { type: 'array', items: { type: 'string' } } },
                if: { properties: { status: { const: 'disembunyikan' } } },
                then: { properties: { nilai: { type: 'null' } } },
              },
            },
            tautan: linkSchema,
          },
        },
      },
    },
  },
};
