/**
 * The Table Schemas of the data package (Frictionless): how each table's columns are typed and
 * constrained, and which keys point where. Pure descriptions; scripts/stages/package.ts writes them.
 *
 *   indicatorSchema(idg, catalog, false) -> { fields: [{ name: 'indikator', type: 'string', … }, …], foreignKeys: […] }
 */
import { SOURCE_DATE, type Catalog, type Indicator } from '../../src/model/catalog.ts';
import { EVIDENCE_COLUMNS } from '../../src/model/kla.ts';
import { TINGKAT } from '../../src/model/region.ts';
import { DOWNLOAD_COLUMNS, STATUSES } from '../../src/model/row.ts';
import { HIDDEN_LABEL, VIOLENCE_COLUMNS } from '../../src/model/violence.ts';

export type Field = {
  name: string;
  type: string;
  title?: string;
  description?: string;
  format?: string;
  constraints?: Record<string, unknown>;
  trueValues?: string[];
  falseValues?: string[];
};
export type Schema = {
  fields: Field[];
  missingValues: string[];
  primaryKey?: string[];
  foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }>;
};

export const toRegion = { fields: ['kode_wilayah'], reference: { resource: 'wilayah', fields: ['kode'] } };
export const toCatalog = { fields: ['indikator'], reference: { resource: 'katalog', fields: ['id'] } };
export const text = (name: string, description?: string, constraints?: Record<string, unknown>): Field => ({
  name,
  type: 'string',
  ...(description ? { description } : {}),
  ...(constraints ? { constraints } : {}),
});

/** The Table Schema of one indicator's CSV: its values typed as the indicator means them. */
export function indicatorSchema(ind: Indicator, catalog: Catalog, hidden: boolean): Schema {
  const numeric = ind.tipe === 'angka' || ind.tipe === 'jumlah';
  const tiers = ind.skema ? [...new Set(catalog.skema[ind.skema]?.berlaku.flatMap((p) => p.peringkat.map((t) => t.kode)) ?? [])] : [];
  const range = ind.rentang ? { minimum: ind.rentang[0], ...(ind.rentang[1] !== null ? { maximum: ind.rentang[1] } : {}) } : {};
  // A hidden count is written as the one label: the column stays text, its numbers checked by pattern.
  const nilai: Field = hidden
    ? text('nilai', `Jumlah, atau "${HIDDEN_LABEL}" bila disembunyikan untuk melindungi korban.`, { pattern: `^(\\d+|${HIDDEN_LABEL})$` })
    : numeric
      ? { name: 'nilai', type: ind.tipe === 'jumlah' ? 'integer' : 'number', description: ind.satuan.id, constraints: range }
      : text('nilai', ind.satuan.id, tiers.length > 0 ? { enum: tiers } : undefined);
  const fields: Field[] = DOWNLOAD_COLUMNS.map((c): Field => {
    switch (c) {
      case 'indikator':
        return text(c, 'Id indikator di katalog.', { required: true, enum: [ind.id] });
      case 'kode_wilayah':
        return text(c, 'Kode Kemendagri wilayah.', { required: true });
      case 'tingkat':
        return text(c, 'Tingkat wilayah.', { enum: [...TINGKAT] });
      case 'tahun':
        return { name: c, type: 'integer', constraints: { required: true } };
      case 'jenis_kelamin':
        return text(c, 'L, P, atau kosong (semua).', { enum: ['L', 'P'] });
      case 'jenis':
        return text(c, 'realisasi atau target.', { required: true, enum: ['realisasi', 'target'] });
      case 'seri':
        return ind.seri?.length
          ? text(c, 'Kosong: seri utama; selain itu kode seri (metode, sistem pencatatan, periode survei).', {
              enum: ind.seri.map((s) => s.kode),
            })
          : text(c, 'Kosong: indikator ini hanya punya satu seri.', { maxLength: 0 });
      case 'nilai':
        return nilai;
      case 'status':
        return text(c, 'Keterangan nilai.', { enum: [...STATUSES] });
      case 'capaian_persen':
      case 'capaian_sumber_persen':
        return { name: c, type: 'number' };
      case 'tercapai':
        return { name: c, type: 'boolean', trueValues: ['ya'], falseValues: ['tidak'] };
      case 'sumber':
        return text(c, 'Id sumber di sumber.csv, dipisah spasi.', { required: true });
      default:
        return text(c);
    }
  });
  return { fields, missingValues: [''], foreignKeys: [toRegion, toCatalog] };
}

/** How every CSV of the portal is written: comma, double quotes, a header line. */
export const DIALECT = { delimiter: ',', doubleQuote: true, quoteChar: '"', header: true, lineTerminator: '\n' };

/** The SPDX id of a licence named the way people write it ("CC BY 4.0" -> "CC-BY-4.0"), or null. */
export function spdx(text: string): string | null {
  const known: Array<[RegExp, string]> = [
    [/\bCC[- ]BY[- ]SA[- ]4\.0\b/i, 'CC-BY-SA-4.0'],
    [/\bCC[- ]BY[- ]4\.0\b/i, 'CC-BY-4.0'],
    [/\bCC0\b/i, 'CC0-1.0'],
    [/\bODbL\b/i, 'ODbL-1.0'],
    [/\bODC[- ]By\b/i, 'ODC-By-1.0'],
    [/\bPDDL\b/i, 'PDDL-1.0'],
  ];
  return known.find(([re]) => re.test(text))?.[1] ?? null;
}

/** A licence entry of the package: its SPDX id where known, its address, its name as written. */
export function licence(text: string, url: string | null, title?: string): Record<string, string> {
  const id = spdx(text);
  return { ...(id ? { name: id } : {}), ...(url ? { path: url } : {}), title: title ? `${text}; ${title}` : text };
}

/** The columns of katalog.csv and sumber.csv. */
export const CATALOG_COLUMNS = [
  'id',
  'nama',
  'nama_en',
  'tema',
  'kelompok',
  'tipe',
  'satuan',
  'definisi',
  'rumus',
  'periode',
  'tingkat_wilayah',
  'opd',
  'sumber_data',
] as const;
export const SOURCE_COLUMNS = ['id', 'judul', 'penerbit', 'tanggal', 'bentuk', 'url', 'induk', 'bagian'] as const;

export const REGION_SCHEMA: Schema = {
  fields: [
    text('kode', 'Kode Kemendagri; ID = Indonesia.', { required: true, unique: true }),
    text('nama', undefined, { required: true }),
    text('tingkat', undefined, { required: true, enum: [...TINGKAT] }),
    text('kode_induk'),
    { name: 'lat', type: 'number', constraints: { minimum: -90, maximum: 90 } },
    { name: 'lon', type: 'number', constraints: { minimum: -180, maximum: 180 } },
  ],
  missingValues: [''],
  primaryKey: ['kode'],
  foreignKeys: [{ fields: ['kode_induk'], reference: { resource: '', fields: ['kode'] } }],
};

export const CATALOG_SCHEMA: Schema = {
  fields: CATALOG_COLUMNS.map((c) => (c === 'id' ? text(c, undefined, { required: true, unique: true }) : text(c))),
  missingValues: [''],
  primaryKey: ['id'],
};

export const SOURCE_SCHEMA: Schema = {
  fields: SOURCE_COLUMNS.map((c) =>
    c === 'id'
      ? text(c, undefined, { required: true, unique: true })
      : c === 'tanggal'
        ? text(c, 'Tanggal terbit: YYYY, YYYY-MM atau YYYY-MM-DD; "tidak tercantum" bila sumbernya tidak menunjukkannya.', {
            pattern: SOURCE_DATE.source,
          })
        : text(c),
  ),
  missingValues: [''],
  primaryKey: ['id'],
  foreignKeys: [{ fields: ['induk'], reference: { resource: '', fields: ['id'] } }],
};

/** The violence aggregates after disclosure control: a hidden count is the one label. */
export const VIOLENCE_SCHEMA: Schema = {
  fields: VIOLENCE_COLUMNS.map((c) =>
    c === 'tahun'
      ? { name: c, type: 'integer', constraints: { required: true } }
      : c === 'jumlah'
        ? text(c, `Jumlah korban, atau "${HIDDEN_LABEL}".`, { required: true, pattern: `^(\\d+|${HIDDEN_LABEL})$` })
        : text(c, undefined, c === 'kode_wilayah' ? { required: true } : undefined),
  ),
  missingValues: [''],
  foreignKeys: [toRegion],
};

/** The KLA and PUG evidence tables. */
export const EVIDENCE_SCHEMA: Schema = {
  fields: EVIDENCE_COLUMNS.map((c) =>
    c === 'tahun'
      ? { name: c, type: 'integer', constraints: { required: true } }
      : c === 'status'
        ? text(c, 'Kosong: belum diisi.', { enum: ['tersedia', 'sebagian', 'belum'] })
        : text(c, undefined, c === 'indikator' ? { required: true } : undefined),
  ),
  missingValues: [''],
};
