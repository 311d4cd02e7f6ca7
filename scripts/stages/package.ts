/**
 * Open data as one package: /data/datapackage.json (Frictionless Data Package) describing every published
 * table — each indicator's values, the regions, the catalogue, the sources, the violence aggregates
 * after disclosure control, the KLA and APE evidence — with its Table Schema (types, constraints,
 * primary and foreign keys to `wilayah`), sources and licence, and a zip of all of it named with the
 * release date (/data/siga-belitung-<tanggal>.zip), so a figure can be cited as it stood on a day.
 *
 *   await writePackage(stage, { loaded, written, geometry, date: '2026-12-02' }) -> 'siga-belitung-2026-12-02.zip'
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Catalog, Indicator } from '../../src/model/catalog.ts';
import { csvLine } from '../../src/model/csv.ts';
import { EVIDENCE_COLUMNS } from '../../src/model/kla.ts';
import { TINGKAT } from '../../src/model/region.ts';
import { DOWNLOAD_COLUMNS, STATUSES } from '../../src/model/row.ts';
import { HIDDEN_LABEL, VIOLENCE_COLUMNS } from '../../src/model/violence.ts';
import type { Geometry } from '../datasets/geometry.ts';
import type { OutputStage } from '../lib/output.ts';
import { writeZip } from '../lib/zip.ts';
import type { Loaded, Target } from './types.ts';

type Field = {
  name: string;
  type: string;
  title?: string;
  description?: string;
  format?: string;
  constraints?: Record<string, unknown>;
  trueValues?: string[];
  falseValues?: string[];
};
type Schema = {
  fields: Field[];
  missingValues: string[];
  primaryKey?: string[];
  foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }>;
};

const toRegion = { fields: ['kode_wilayah'], reference: { resource: 'wilayah', fields: ['kode'] } };
const toCatalog = { fields: ['indikator'], reference: { resource: 'katalog', fields: ['id'] } };
const text = (name: string, description?: string, constraints?: Record<string, unknown>): Field => ({
  name,
  type: 'string',
  ...(description ? { description } : {}),
  ...(constraints ? { constraints } : {}),
});

/** The Table Schema of one indicator's CSV: its values typed as the indicator means them. */
function indicatorSchema(ind: Indicator, catalog: Catalog, hidden: boolean): Schema {
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
const DIALECT = { delimiter: ',', doubleQuote: true, quoteChar: '"', header: true, lineTerminator: '\n' };

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
function licence(text: string, url: string | null, title?: string): Record<string, string> {
  const id = spdx(text);
  return { ...(id ? { name: id } : {}), ...(url ? { path: url } : {}), title: title ? `${text}; ${title}` : text };
}

export interface PackageInput {
  loaded: Loaded;
  /** Indicators with a CSV in this build. */
  written: Indicator[];
  geometry: Geometry | null;
  /** The release date, YYYY-MM-DD. */
  date: string;
}

/** Today's date (UTC), the release a build publishes; SIGA_TANGGAL_RILIS sets another (YYYY-MM-DD). */
export function releaseDate(): string {
  const set = process.env.SIGA_TANGGAL_RILIS;
  return set && /^\d{4}-\d{2}-\d{2}$/.test(set) ? set : new Date().toISOString().slice(0, 10);
}

export async function writePackage(stage: OutputStage<Target>, input: PackageInput): Promise<string> {
  const { loaded, written, date } = input;
  const staged = (file: string) => stage.path('publicData', file);
  // A CSV holding a hidden count writes it as the one label in its value column; the indicator's
  // metadata, written beside it, says so (its `disembunyikan` rule).
  const hidden = new Set(
    written.filter((ind) => 'disembunyikan' in JSON.parse(readFileSync(staged(`${ind.id}.json`), 'utf8'))).map((ind) => ind.id),
  );
  const { config, catalog, sources, regions } = loaded;
  const slug = config.portal.nama.id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const dataLicence = licence(config.portal.lisensi.nama, config.portal.lisensi.url);
  const csv = {
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: DIALECT,
    licenses: [dataLicence],
  };

  // The tables the package needs beside the indicators' own: regions, catalogue, sources.
  await stage.writeText(
    'publicData',
    'wilayah.csv',
    [
      csvLine(['kode', 'nama', 'tingkat', 'kode_induk', 'lat', 'lon']),
      ...[...regions.values()].map((r) => csvLine([r.kode, r.nama, r.tingkat, r.induk, r.lat, r.lon])),
    ].join(''),
  );
  const catalogColumns = [
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
  await stage.writeText(
    'publicData',
    'katalog.csv',
    [
      csvLine([...catalogColumns]),
      ...catalog.indikator.map((i) =>
        csvLine([
          i.id,
          i.nama.id,
          i.nama.en,
          i.tema,
          i.kelompok,
          i.tipe,
          i.satuan.id,
          i.definisi.id,
          i.rumus.id,
          i.periode.id,
          i.level_wilayah.join(' '),
          i.opd.id,
          i.sumber_data.id,
        ]),
      ),
    ].join(''),
  );
  await stage.writeText(
    'publicData',
    'sumber.csv',
    [
      csvLine(['id', 'judul', 'penerbit', 'tanggal', 'bentuk', 'url', 'induk', 'bagian']),
      ...Object.entries(sources).map(([id, s]) =>
        csvLine([id, s.judul ?? '', s.penerbit ?? '', s.tanggal ?? '', s.bentuk ?? '', s.url ?? '', s.induk ?? '', s.bagian ?? '']),
      ),
    ].join(''),
  );

  const resources: Array<Record<string, unknown>> = [
    {
      name: 'wilayah',
      path: 'wilayah.csv',
      title: 'Wilayah (kode Kemendagri)',
      ...csv,
      schema: {
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
      } satisfies Schema,
    },
    {
      name: 'katalog',
      path: 'katalog.csv',
      title: 'Katalog indikator',
      ...csv,
      schema: {
        fields: catalogColumns.map((c) => (c === 'id' ? text(c, undefined, { required: true, unique: true }) : text(c))),
        missingValues: [''],
        primaryKey: ['id'],
      } satisfies Schema,
    },
    {
      name: 'sumber',
      path: 'sumber.csv',
      title: 'Sumber data',
      ...csv,
      schema: {
        fields: ['id', 'judul', 'penerbit', 'tanggal', 'bentuk', 'url', 'induk', 'bagian'].map((c) =>
          c === 'id'
            ? text(c, undefined, { required: true, unique: true })
            : c === 'tanggal'
              ? text(c, 'Tanggal terbit: YYYY, YYYY-MM atau YYYY-MM-DD.', { pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' })
              : text(c),
        ),
        missingValues: [''],
        primaryKey: ['id'],
        foreignKeys: [{ fields: ['induk'], reference: { resource: '', fields: ['id'] } }],
      } satisfies Schema,
    },
    ...written.map((ind) => ({
      name: ind.id,
      path: `${ind.id}.csv`,
      title: ind.nama.id,
      description: ind.definisi.id,
      ...csv,
      sources: ind.sumber_data ? [{ title: ind.sumber_data.id }] : [],
      schema: indicatorSchema(ind, catalog, hidden.has(ind.id)),
    })),
  ];
  if (existsSync(staged('kekerasan-agregat.csv')))
    resources.push({
      name: 'kekerasan-agregat',
      path: 'kekerasan-agregat.csv',
      title: 'Jumlah korban kekerasan terhadap perempuan dan anak, agregat setelah pengendalian pengungkapan',
      ...csv,
      schema: {
        fields: VIOLENCE_COLUMNS.map((c) =>
          c === 'tahun'
            ? { name: c, type: 'integer', constraints: { required: true } }
            : c === 'jumlah'
              ? text(c, `Jumlah korban, atau "${HIDDEN_LABEL}".`, { required: true, pattern: `^(\\d+|${HIDDEN_LABEL})$` })
              : text(c, undefined, c === 'kode_wilayah' ? { required: true } : undefined),
        ),
        missingValues: [''],
        foreignKeys: [toRegion],
      } satisfies Schema,
    });
  if (existsSync(staged('kla-bukti.csv')))
    for (const [name, title] of [
      ['kla-bukti', 'Bukti indikator KLA per tahun (templat Gugus Tugas KLA)'],
      ['ape-bukti', 'Bukti tujuh prasyarat PUG per tahun'],
    ] as const)
      resources.push({
        name,
        path: `${name}.csv`,
        title,
        ...csv,
        schema: {
          fields: EVIDENCE_COLUMNS.map((c) =>
            c === 'tahun'
              ? { name: c, type: 'integer', constraints: { required: true } }
              : c === 'status'
                ? text(c, 'Kosong: belum diisi.', { enum: ['tersedia', 'sebagian', 'belum'] })
                : text(c, undefined, c === 'indikator' ? { required: true } : undefined),
          ),
          missingValues: [''],
        } satisfies Schema,
      });
  if (input.geometry)
    resources.push({
      name: 'peta-wilayah',
      path: 'peta/wilayah.topo.json',
      title: input.geometry.resmi ? 'Batas wilayah (resmi)' : 'Batas wilayah perkiraan (bukan batas resmi)',
      description: input.geometry.sumber,
      format: 'topojson',
      mediatype: 'application/json',
      encoding: 'utf-8',
      ...(spdx(input.geometry.lisensi) ? { licenses: [licence(input.geometry.lisensi, null, input.geometry.atribusi)] } : {}),
    });

  const pkg = {
    profile: 'data-package',
    name: slug,
    title: `${config.portal.nama.id} — data gender dan anak`,
    description: `Data terbuka ${config.portal.nama.id}, diterbitkan oleh ${config.portal.penyelenggara.id}.`,
    homepage: config.portal.url,
    version: date,
    created: `${date}T00:00:00Z`,
    licenses: [dataLicence],
    contributors: [{ title: config.portal.penyelenggara.id, role: 'publisher' }],
    resources,
  };
  await stage.writeJson('publicData', 'datapackage.json', pkg);

  // The zip: every file the package lists, as this build wrote them, with the package itself.
  const files = ['datapackage.json', ...resources.map((r) => r.path as string)];
  const zip = `${slug}-${date}.zip`;
  writeZip(
    staged(zip),
    files.map((name) => ({ name, path: staged(name) })),
    new Date(`${date}T00:00:00Z`),
  );
  return zip;
}
