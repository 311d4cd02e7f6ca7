/**
 * Open data as one package: /data/datapackage.json (Frictionless Data Package) describing every published
 * table — each indicator's values, the regions, the catalogue, the sources, the violence aggregates
 * after disclosure control, the KLA and APE evidence — with its Table Schema (package-schema.ts), sources
 * and licence, and a zip of all of it named with the release date (/data/siga-belitung-<tanggal>.zip),
 * so a figure can be cited as it stood on a day.
 *
 *   await writePackage(stage, { loaded, written, geometry, date: '2026-12-02' }) -> 'siga-belitung-2026-12-02.zip'
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Indicator } from '../../src/model/catalog.ts';
import { csvLine } from '../../src/model/csv.ts';
import type { Geometry } from '../datasets/geometry.ts';
import type { OutputStage } from '../lib/output.ts';
import { writeZip } from '../lib/zip.ts';
import {
  CATALOG_COLUMNS,
  CATALOG_SCHEMA,
  DIALECT,
  EVIDENCE_SCHEMA,
  indicatorSchema,
  licence,
  REGION_SCHEMA,
  SOURCE_COLUMNS,
  SOURCE_SCHEMA,
  spdx,
  VIOLENCE_SCHEMA,
} from './package-schema.ts';
import type { Loaded, Target } from './types.ts';

export { spdx } from './package-schema.ts';

export interface PackageInput {
  loaded: Loaded;
  /** Indicators with a CSV in this build. */
  written: Indicator[];
  geometry: Geometry | null;
  /** The release date, YYYY-MM-DD. */
  date: string;
}

type Resource = Record<string, unknown> & { path: string };

/** Today's date (UTC), the release a build publishes; SIGA_TANGGAL_RILIS sets another (YYYY-MM-DD). */
export function releaseDate(): string {
  const set = process.env.SIGA_TANGGAL_RILIS;
  return set && /^\d{4}-\d{2}-\d{2}$/.test(set) ? set : new Date().toISOString().slice(0, 10);
}

export async function writePackage(stage: OutputStage<Target>, input: PackageInput): Promise<string> {
  const { config } = input.loaded;
  const { date } = input;
  const staged = (file: string) => stage.path('publicData', file);
  const slug = config.portal.nama.id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const dataLicence = licence(config.portal.lisensi.nama, config.portal.lisensi.url);
  await writeSideTables(stage, input.loaded);
  const resources = packageResources(input, staged, dataLicence);
  await stage.writeJson('publicData', 'datapackage.json', {
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
  });
  // The zip: every file the package lists, as this build wrote them, with the package itself.
  const zip = `${slug}-${date}.zip`;
  const files = ['datapackage.json', ...resources.map((r) => r.path)];
  writeZip(
    staged(zip),
    files.map((name) => ({ name, path: staged(name) })),
    new Date(`${date}T00:00:00Z`),
  );
  return zip;
}

/** The tables the package needs beside the indicators' own: regions, catalogue, sources. */
async function writeSideTables(stage: OutputStage<Target>, { regions, catalog, sources }: Loaded): Promise<void> {
  const table = (header: readonly string[], rows: Array<Array<string | number | null>>) =>
    [csvLine([...header]), ...rows.map((r) => csvLine(r))].join('');
  await stage.writeText(
    'publicData',
    'wilayah.csv',
    table(
      ['kode', 'nama', 'tingkat', 'kode_induk', 'lat', 'lon'],
      [...regions.values()].map((r) => [r.kode, r.nama, r.tingkat, r.induk, r.lat, r.lon]),
    ),
  );
  const catalogRow = (i: Indicator) => [
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
  ];
  await stage.writeText('publicData', 'katalog.csv', table(CATALOG_COLUMNS, catalog.indikator.map(catalogRow)));
  const sourceRow = (id: string) => [id, ...SOURCE_COLUMNS.slice(1).map((c) => sources[id]![c as Exclude<typeof c, 'id'>] ?? '')];
  await stage.writeText('publicData', 'sumber.csv', table(SOURCE_COLUMNS, Object.keys(sources).map(sourceRow)));
}

/** Every table of the package with its schema, the optional ones where this build wrote them. */
function packageResources(input: PackageInput, staged: (file: string) => string, dataLicence: Record<string, string>): Resource[] {
  const { written, geometry } = input;
  const csv = { profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', dialect: DIALECT };
  // Keys in the order the package has always had: name, path, title, description, the CSV dialect, sources, schema.
  const table = (name: string, title: string, schema: unknown, ind?: Indicator): Resource => ({
    name,
    path: `${name}.csv`,
    title,
    ...(ind ? { description: ind.definisi.id } : {}),
    ...csv,
    licenses: [dataLicence],
    ...(ind ? { sources: ind.sumber_data ? [{ title: ind.sumber_data.id }] : [] } : {}),
    schema,
  });
  // A CSV holding a hidden count writes it as the one label in its value column; the indicator's
  // metadata, written beside it, says so (its `disembunyikan` rule).
  const hidden = (ind: Indicator) => 'disembunyikan' in JSON.parse(readFileSync(staged(`${ind.id}.json`), 'utf8'));
  const resources = [
    table('wilayah', 'Wilayah (kode Kemendagri)', REGION_SCHEMA),
    table('katalog', 'Katalog indikator', CATALOG_SCHEMA),
    table('sumber', 'Sumber data', SOURCE_SCHEMA),
    ...written.map((ind) => table(ind.id, ind.nama.id, indicatorSchema(ind, input.loaded.catalog, hidden(ind)), ind)),
  ];
  if (existsSync(staged('kekerasan-agregat.csv')))
    resources.push(
      table(
        'kekerasan-agregat',
        'Jumlah korban kekerasan terhadap perempuan dan anak, agregat setelah pengendalian pengungkapan',
        VIOLENCE_SCHEMA,
      ),
    );
  if (existsSync(staged('kla-bukti.csv')))
    resources.push(
      table('kla-bukti', 'Bukti indikator KLA per tahun (templat Gugus Tugas KLA)', EVIDENCE_SCHEMA),
      table('ape-bukti', 'Bukti tujuh prasyarat PUG per tahun', EVIDENCE_SCHEMA),
    );
  if (geometry)
    resources.push({
      name: 'peta-wilayah',
      path: 'peta/wilayah.topo.json',
      title: geometry.resmi ? 'Batas wilayah (resmi)' : 'Batas wilayah perkiraan (bukan batas resmi)',
      description: geometry.sumber,
      format: 'topojson',
      mediatype: 'application/json',
      encoding: 'utf-8',
      ...(spdx(geometry.lisensi) ? { licenses: [licence(geometry.lisensi, null, geometry.atribusi)] } : {}),
    });
  return resources;
}
