/**
 * The open-data package (/data/datapackage.json and its dated zip), checked with the Frictionless
 * JavaScript library (`datapackage`, profiles shipped with it, no network): the descriptor against the
 * Data Package profile, every table's rows against its own Table Schema with the foreign keys to
 * `wilayah` and `katalog`; a corrupted file fails; every CSV re-reads to the values of the build; the
 * zip holds the very files; hidden violence counts stay hidden in the package.
 */
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
// @ts-expect-error -- the library ships no types
import { Package } from 'datapackage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, REPO, run, tempRoot } from '../helpers.ts';

interface Resource {
  name: string;
  tabular: boolean;
  descriptor: { path: string; schema?: { fields: Array<{ name: string }> } };
  read(options?: { relations?: boolean; keyed?: boolean; cast?: boolean }): Promise<Array<Record<string, unknown>>>;
}
interface DataPackage {
  valid: boolean;
  errors: Error[];
  resources: Resource[];
  getResource(name: string): Resource;
}

const load = async (dir: string): Promise<DataPackage> =>
  (await Package.load(join(dir, 'datapackage.json'), { basePath: dir }, true)) as DataPackage;

/** Every tabular resource read with its schema and foreign keys; the names of those that fail, with why. */
async function unreadable(pkg: DataPackage): Promise<string[]> {
  const bad: string[] = [];
  for (const r of pkg.resources.filter((x) => x.tabular)) {
    try {
      await r.read({ relations: true });
    } catch (e) {
      const errors = (e as { errors?: Error[] }).errors ?? [];
      bad.push(`${r.name}: ${(e as Error).message}${errors.length ? ` (${errors[0]!.message})` : ''}`);
    }
  }
  return bad;
}

describe('the data package of the real data, with the invented violence fixture', () => {
  let tmp: ReturnType<typeof tempRoot>;
  let data: string;
  beforeAll(async () => {
    process.env.SIGA_TANGGAL_RILIS = '2026-12-02';
    tmp = tempRoot(join(REPO, 'data'));
    mkdirSync(join(tmp.data, 'kekerasan'), { recursive: true });
    copyFileSync(join(FIXTURES, 'kekerasan-fiktif', 'kekerasan-fiktif.csv'), join(tmp.data, 'kekerasan', 'kekerasan-fiktif.csv'));
    appendFileSync(
      join(tmp.data, 'sources.yml'),
      '\nfiktif-kekerasan:\n  judul: Data kekerasan FIKTIF untuk pengujian\n  penerbit: Tim pengembang SIGA\n  bentuk: dataset\n',
    );
    const result = await run(tmp.root, tmp.data);
    expect(result.lines).toEqual([]);
    data = join(tmp.root, 'public', 'data');
  }, 120_000);
  afterAll(() => {
    delete process.env.SIGA_TANGGAL_RILIS;
    tmp?.cleanup();
  });

  it('validates against the Data Package profile, and every table against its own schema and foreign keys', async () => {
    const pkg = await load(data);
    expect(pkg.errors.map((e) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    const names = pkg.resources.map((r) => r.name);
    expect(names.slice(0, 3)).toEqual(['wilayah', 'katalog', 'sumber']);
    expect(names).toEqual(
      expect.arrayContaining(['idg', 'desa-layak-anak', 'kasus-kekerasan', 'kekerasan-agregat', 'kla-bukti', 'ape-bukti', 'peta-wilayah']),
    );
    expect(await unreadable(pkg)).toEqual([]);
    const pkgJson = JSON.parse(readFileSync(join(data, 'datapackage.json'), 'utf8')) as {
      licenses: Array<{ name: string }>;
      resources: Array<{ name: string; licenses?: Array<{ name: string }> }>;
    };
    expect(pkgJson.licenses[0]!.name).toBe('CC-BY-4.0');
    expect(pkgJson.resources.find((r) => r.name === 'peta-wilayah')?.licenses?.[0]?.name).toBe('ODbL-1.0');
  }, 120_000);

  it('fails when a published file breaks a foreign key or a type', async () => {
    const path = join(data, 'idg.csv');
    const original = readFileSync(path, 'utf8');
    try {
      writeFileSync(path, original.replace('\nidg,19.02,', '\nidg,19.99,'));
      expect(await unreadable(await load(data))).toEqual([expect.stringMatching(/^idg: /)]);
      writeFileSync(
        path,
        original.replace(/\nidg,19\.02,Kabupaten Belitung,kabupaten,2019,/, '\nidg,19.02,Kabupaten Belitung,kabupaten,dua ribu,'),
      );
      expect(await unreadable(await load(data))).toEqual([expect.stringMatching(/^idg: .*type/)]);
    } finally {
      writeFileSync(path, original);
    }
  }, 120_000);

  it('re-reads every indicator CSV to the values the pages show', async () => {
    const pkg = await load(data);
    for (const r of pkg.resources.filter((x) => x.tabular && existsValues(x.name))) {
      const built = JSON.parse(readFileSync(join(tmp.root, 'src/generated/values', `${r.name}.json`), 'utf8')) as Array<{
        nilai: unknown;
        status: string;
        tahun: number;
        kode: string;
      }>;
      const read = await r.read({ keyed: true });
      expect(read.length, r.name).toBe(built.length);
      read.forEach((row, i) => {
        const b = built[i]!;
        expect([row.kode_wilayah, row.tahun], r.name).toEqual([b.kode, b.tahun]);
        // A table that holds a hidden count keeps its value column as text ("30" or "disembunyikan").
        const value = typeof row.nilai === 'string' && /^\d+$/.test(row.nilai) ? Number(row.nilai) : (row.nilai ?? null);
        expect(value, `${r.name} row ${i + 2}`).toEqual(b.status === 'disembunyikan' ? 'disembunyikan' : b.nilai);
      });
    }
  }, 120_000);

  it('keeps every hidden violence count hidden in the package, and the zip holds the very files', async () => {
    const pkg = await load(data);
    const agregat = await pkg.getResource('kekerasan-agregat').read({ keyed: true });
    const hidden = agregat.filter((r) => r.status === 'disembunyikan');
    expect(hidden.length).toBeGreaterThan(50);
    expect(hidden.every((r) => r.jumlah === 'disembunyikan')).toBe(true);
    const zip = unzipSync(readFileSync(join(data, 'siga-belitung-2026-12-02.zip')));
    const listed = ['datapackage.json', ...pkg.resources.map((r) => r.descriptor.path)];
    expect(Object.keys(zip).sort()).toEqual(listed.sort());
    for (const file of listed) expect(Buffer.from(zip[file]!).equals(readFileSync(join(data, file))), file).toBe(true);
    const site = JSON.parse(readFileSync(join(tmp.root, 'src/generated/site.json'), 'utf8')) as {
      rilis: { tanggal: string; paket: string };
    };
    expect(site.rilis).toEqual({ tanggal: '2026-12-02', paket: 'siga-belitung-2026-12-02.zip' });
  }, 120_000);

  function existsValues(name: string): boolean {
    try {
      readFileSync(join(tmp.root, 'src/generated/values', `${name}.json`));
      return true;
    } catch {
      return false;
    }
  }
});
