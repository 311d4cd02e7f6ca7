import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadWilayah, passesWilayahRow, WilayahRow } from '../../../scripts/datasets/wilayah.ts';
import { packRegions, unpackRegions } from '../../../scripts/fast/region-columns.ts';
import { IssueLog } from '../../../scripts/lib/issues.ts';
import { ConfigSchema } from '../../../src/model/catalog.ts';
import { loadYaml } from '../../../scripts/lib/yaml-load.ts';
import { REPO } from '../../helpers.ts';

describe('regions packed for a worker thread', () => {
  it('come back equal: every field, in file order, children in file order', async () => {
    const log = new IssueLog();
    const config = loadYaml(join(REPO, 'data/config.yml'), 'data/config.yml', ConfigSchema, log)!;
    const regions = await loadWilayah(join(REPO, 'data/wilayah.csv'), 'data/wilayah.csv', config, log);
    expect(log.hasErrors).toBe(false);
    // Through the same copy a message to a worker makes.
    const packed = structuredClone(packRegions(regions));
    const back = unpackRegions(packed);
    expect([...back.keys()]).toEqual([...regions.keys()]);
    expect(back).toEqual(regions);
    // The data has both: points and none (the kabupaten, province and nation have no village point).
    expect([...regions.values()].some((r) => r.lat === null) && [...regions.values()].some((r) => r.lat !== null)).toBe(true);
  });
});

describe('a wilayah row', () => {
  it('passes the quick check exactly when the zod rules accept it', () => {
    const cell = (...good: string[]) =>
      fc.oneof(fc.constantFrom(...good), fc.constantFrom('', ' ', 'x', '19.2', '-2,74', '1.2.3'), fc.string({ maxLength: 6 }));
    const row = fc.record({
      kode: cell('ID', '19', '19.02', '19.02.05', '19.02.05.2001', '19.02.05.200'),
      nama: cell('Badau', 'Air Saga'),
      tingkat: cell('nasional', 'provinsi', 'kabupaten', 'kota', 'kecamatan', 'desa', 'kelurahan', 'Desa'),
      kode_induk: cell('', '19.02'),
      lat: cell('', '-2.742575', '2.5', '-123.4', '-2.'),
      lon: cell('', '107.635902', '1234.5', '107'),
      sumber: cell('bps-2024', 'kemendagri'),
    });
    fc.assert(
      fc.property(row, (r) => {
        // The loader trims every cell first.
        const trimmed = Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.trim()])) as typeof r;
        expect(passesWilayahRow(trimmed)).toBe(WilayahRow.safeParse(trimmed).success);
      }),
      { numRuns: 3000 },
    );
  });
});
