/**
 * The JSON Schemas (draft 2020-12) of the static API's three shapes (catalogue, indicator, region),
 * published at /api/v1/schema/<name>.schema.json and held to the API's files by tests/e2e/api.test.ts.
 */
import { STATUSES } from '../model/row.ts';

export const API_VERSION = 'v1';
export const API_BASE = `/api/${API_VERSION}`;

const bilingual = {
  type: 'object',
  required: ['id', 'en'],
  properties: { id: { type: 'string' }, en: { type: 'string' } },
  additionalProperties: false,
};
const value = { type: ['number', 'string', 'null'] };
const status = { enum: ['', ...STATUSES] };
const common = {
  versi: { const: API_VERSION },
  rilis: { type: 'string', format: 'date' },
  portal: { type: 'string' },
  alamat: { type: 'string', format: 'uri' },
  lisensi: { type: 'object', required: ['nama', 'url'], properties: { nama: { type: 'string' }, url: { type: 'string', format: 'uri' } } },
};
const headRequired = ['versi', 'rilis', 'portal', 'alamat', 'lisensi'];
/** A hidden count has no number, whatever else the row says. */
const HIDDEN_HAS_NO_NUMBER = {
  if: { properties: { status: { const: 'disembunyikan' } } },
  then: { properties: { nilai: { type: 'null' } } },
};
const linkSchema = {
  type: 'object',
  required: ['halaman'],
  properties: { api: { type: 'string' }, csv: { type: 'string' }, halaman: { type: 'string' } },
  additionalProperties: false,
};

/** The fields of a value in the API, in the order apiValue() writes them. */
const valueProperties = {
  kode_wilayah: { type: 'string' },
  nama_wilayah: { type: 'string' },
  tingkat: { type: 'string' },
  tahun: { type: 'integer' },
  jenis_kelamin: { enum: ['', 'L', 'P'] },
  kelompok_umur: { type: 'string' },
  kategori: { type: 'string' },
  seri: { type: 'string', description: 'Kosong: seri utama; selain itu kode seri di indikator.seri.' },
  jenis: { enum: ['realisasi', 'target'] },
  nilai: value,
  status,
  sumber: { type: 'array', items: { type: 'string' }, minItems: 1 },
  lokasi: { type: 'string' },
  catatan: { type: 'string' },
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
          seri: {
            type: 'array',
            description: 'Seri nilai yang tidak disambung garis: metode, sistem pencatatan atau periode survei. Kode kosong: seri utama.',
            items: {
              type: 'object',
              required: ['kode', 'nama', 'keterangan'],
              properties: { kode: { type: 'string' }, nama: bilingual, keterangan: { oneOf: [{ type: 'null' }, bilingual] } },
            },
          },
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
          // Every field of a value, as apiValue() writes them.
          required: Object.keys(valueProperties),
          properties: valueProperties,
          ...HIDDEN_HAS_NO_NUMBER,
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
                properties: { nilai: value, seri: { type: 'string' }, status, sumber: { type: 'array', items: { type: 'string' } } },
                ...HIDDEN_HAS_NO_NUMBER,
              },
            },
            tautan: linkSchema,
          },
        },
      },
    },
  },
};
