/**
 * The static JSON API in dist/api/v1/, without a browser: every file validates against the JSON Schema
 * published beside it (Ajv, draft 2020-12), a broken file fails, the values are those of the build, and a
 * hidden violence count is null there too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { DIST } from './harness.ts';

const API = join(DIST, 'api', 'v1');
const read = (path: string): unknown => JSON.parse(readFileSync(join(API, path), 'utf8'));

function validator(name: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(read(`schema/${name}.schema.json`) as object);
}

describe('the static JSON API', () => {
  it('publishes files that validate against their schemas: the catalogue, every indicator, every region', () => {
    const problems: string[] = [];
    const check = (name: string, path: string) => {
      const validate = validator(name);
      if (!validate(read(path))) problems.push(`${path}: ${validate.errors!.map((e) => `${e.instancePath} ${e.message}`).join('; ')}`);
    };
    check('katalog', 'katalog.json');
    const indicators = readdirSync(join(API, 'indikator'));
    const regions = readdirSync(join(API, 'wilayah'));
    expect(indicators.length).toBeGreaterThan(80);
    expect(regions).toContain('19.02.05.json');
    for (const f of indicators) check('indikator', `indikator/${f}`);
    for (const f of regions) check('wilayah', `wilayah/${f}`);
    expect(problems).toEqual([]);
  });

  it('fails a broken file: a value of the wrong type, a hidden count with a number, a missing field', () => {
    const validate = validator('indikator');
    const good = read('indikator/idg.json') as { nilai: Array<Record<string, unknown>>; indikator: Record<string, unknown> };
    expect(validate(good)).toBe(true);
    const copy = () => structuredClone(good);
    const wrongType = copy();
    wrongType.nilai[0]!.tahun = '2019';
    const hiddenNumber = copy();
    Object.assign(hiddenNumber.nilai[0]!, { status: 'disembunyikan', nilai: 4 });
    const missing = copy();
    delete missing.indikator.definisi;
    for (const broken of [wrongType, hiddenNumber, missing]) expect(validate(broken)).toBe(false);
  });

  it('gives the values of the build: the IDG of 2022 with both disputed sources, the latest value per region', () => {
    const idg = read('indikator/idg.json') as {
      nilai: Array<{ kode_wilayah: string; tahun: number; jenis: string; nilai: unknown; status: string; sumber: string[] }>;
    };
    const y2022 = idg.nilai.filter((v) => v.kode_wilayah === '19.02' && v.tahun === 2022 && v.jenis === 'realisasi');
    expect(y2022.map((v) => [v.nilai, v.status])).toEqual([
      [53.42, 'diperdebatkan'],
      [53.02, 'diperdebatkan'],
    ]);
    const badau = read('wilayah/19.02.05.json') as { indikator: Array<{ id: string; tahun: number; nilai: Array<{ nilai: unknown }> }> };
    expect(badau.indikator.find((i) => i.id === 'desa-layak-anak')).toMatchObject({ tahun: 2022, nilai: [{ nilai: 'Layak Anak' }] });
    const catalogue = read('katalog.json') as { indikator: Array<{ id: string; tautan: { api?: string } }> };
    expect(catalogue.indikator.find((i) => i.id === 'idg')?.tautan.api).toBe('/api/v1/indikator/idg.json');
  });
});
