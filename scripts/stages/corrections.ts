/**
 * The correction log: data/koreksi.yml (optional) read through its schema, each indicator it names
 * checked against the catalogue, written to src/generated/koreksi.json, newest first, for
 * /tentang/koreksi/ and the pages of the indicators concerned.
 *
 *   await processCorrections('data', loaded, stage, log)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CorrectionsSchema } from '../../src/model/catalog.ts';
import type { IssueLog } from '../lib/issues.ts';
import type { OutputStage } from '../lib/output.ts';
import { loadYaml } from '../lib/yaml-load.ts';
import type { Loaded, Target } from './types.ts';

export async function processCorrections(dataDir: string, loaded: Loaded, stage: OutputStage<Target>, log: IssueLog): Promise<void> {
  const path = join(dataDir, 'koreksi.yml');
  const file = existsSync(path) ? loadYaml(path, 'data/koreksi.yml', CorrectionsSchema, log) : { koreksi: [] };
  if (!file) return;
  const known = new Set(loaded.catalog.indikator.map((i) => i.id));
  file.koreksi.forEach((k, i) => {
    for (const id of k.indikator)
      if (!known.has(id))
        log.error({
          file: 'data/koreksi.yml',
          column: `koreksi.${i}.indikator`,
          value: id,
          rule: 'indikator',
          message: 'Indikator ini tidak ada di data/indicators.yml. Periksa ejaannya.',
        });
  });
  if (log.hasErrors) return;
  await stage.writeJson(
    'generated',
    'koreksi.json',
    [...file.koreksi].sort((a, b) => b.tanggal.localeCompare(a.tanggal)),
  );
}
