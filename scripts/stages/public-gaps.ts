/**
 * The public figures left out and the data not found (data/celah.yml, optional), each region code
 * checked against data/wilayah.csv, written to src/generated/celah.json for /data/celah/.
 *
 *   await processPublicGaps('data', loaded, stage, log)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PublicGapsSchema, type PublicGaps } from '../../src/model/gaps.ts';
import type { IssueLog } from '../lib/issues.ts';
import type { OutputStage } from '../lib/output.ts';
import { loadYaml } from '../lib/yaml-load.ts';
import type { Loaded, Target } from './types.ts';

const NONE: PublicGaps = { pemeriksaan: { id: '', en: '' }, tidak_dimuat: [], belum_ditemukan: [] };

export async function processPublicGaps(dataDir: string, loaded: Loaded, stage: OutputStage<Target>, log: IssueLog): Promise<void> {
  const path = join(dataDir, 'celah.yml');
  const file = existsSync(path) ? loadYaml(path, 'data/celah.yml', PublicGapsSchema, log) : NONE;
  if (!file) return;
  const check = (kode: string, column: string): void => {
    if (loaded.regions.has(kode)) return;
    log.error({
      file: 'data/celah.yml',
      column,
      value: kode,
      rule: 'kode-wilayah',
      message: 'Kode wilayah tidak ada di data/wilayah.csv. Pakai kode Kemendagri, "19" untuk provinsi atau "ID" untuk Indonesia.',
    });
  };
  file.tidak_dimuat.forEach((x, i) => check(x.wilayah, `tidak_dimuat.${i}.wilayah`));
  file.belum_ditemukan.forEach((x, i) => x.wilayah.forEach((kode, j) => check(kode, `belum_ditemukan.${i}.wilayah.${j}`)));
  if (!log.hasErrors) await stage.writeJson('generated', 'celah.json', file);
}
