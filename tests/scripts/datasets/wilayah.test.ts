import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWilayah, packRegions, unpackRegions } from '../../../scripts/datasets/wilayah.ts';
import { IssueLog } from '../../../scripts/lib/issues.ts';
import { ConfigSchema } from '../../../scripts/lib/schema.ts';
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
