/**
 * The evaluator's workspace: reads the KLA model (data/kla/indikator.yml) and the PUG prerequisites
 * (data/ape/prasyarat.yml) through their schemas (src/model/kla.ts), checks what a schema cannot see
 * (klaster, scheme and catalog references, duplicate ids), reads the evidence templates beside them, and
 * writes src/generated/kla.json and the filled templates as downloads.
 *
 *   await processKla('data', loaded, stage, log)   // errors name file, row and column
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { csvLine } from '../../src/model/csv.ts';
import { EVIDENCE_COLUMNS, KlaModelSchema, PrerequisitesSchema, type Evidence, type KlaFile, type KlaModel } from '../../src/model/kla.ts';
import { readDrppa, readEvidence } from '../datasets/bukti.ts';
import type { IssueLog } from '../lib/issues.ts';
import type { OutputStage } from '../lib/output.ts';
import { loadYaml } from '../lib/yaml-load.ts';
import type { Loaded, Target } from './types.ts';

export async function processKla(dataDir: string, loaded: Loaded, stage: OutputStage<Target>, log: IssueLog): Promise<void> {
  const model = loadYaml(join(dataDir, 'kla', 'indikator.yml'), 'data/kla/indikator.yml', KlaModelSchema, log);
  const prerequisites = loadYaml(join(dataDir, 'ape', 'prasyarat.yml'), 'data/ape/prasyarat.yml', PrerequisitesSchema, log);
  if (!model || !prerequisites) return;
  const links = knownLinks(new Set(loaded.catalog.indikator.map((i) => i.id)), log);
  checkModel(model, links, log);
  for (const [i, p] of prerequisites.prasyarat.entries()) p.tautan = links(p.tautan, 'data/ape/prasyarat.yml', `prasyarat.${i}.tautan`);

  const evidence = async (folder: string, items: string[], itemsName: string): Promise<Evidence[]> => {
    const path = join(dataDir, folder, 'bukti.csv');
    if (!existsSync(path)) return [];
    return readEvidence(path, { label: `data/${folder}/bukti.csv`, items: new Set(items), itemsName, years: loaded.config.tahun, log });
  };
  const bukti = await evidence(
    'kla',
    model.indikator.map((i) => i.id),
    'Indikator KLA',
  );
  const apeBukti = await evidence(
    'ape',
    prerequisites.prasyarat.map((p) => p.id),
    'Prasyarat PUG',
  );
  const drppa = await readDrppaFile(dataDir, model, loaded, log);
  if (log.hasErrors) return;
  const file: KlaFile = { model, bukti, drppa, ape: { model: prerequisites, bukti: apeBukti } };
  await stage.writeJson('generated', 'kla.json', file);
  const csv = (rows: Evidence[]) =>
    [csvLine([...EVIDENCE_COLUMNS]), ...rows.map((r) => csvLine(EVIDENCE_COLUMNS.map((c) => r[c])))].join('');
  await stage.writeText('publicData', 'kla-bukti.csv', csv(bukti));
  await stage.writeText('publicData', 'ape-bukti.csv', csv(apeBukti));
}

type Links = (ids: string[], file: string, column: string) => string[];

/** A link to an indicator this portal's catalogue lacks (another kabupaten may not have it) is left out, with a warning. */
function knownLinks(catalog: ReadonlySet<string>, log: IssueLog): Links {
  return (ids, file, column) =>
    ids.filter((id) => {
      if (catalog.has(id)) return true;
      const message =
        'Indikator ini tidak ada di data/indicators.yml, jadi tautannya tidak ditampilkan. Periksa ejaannya, atau hapus dari daftar tautan.';
      log.warn({ file, column, value: id, rule: 'indikator', message });
      return false;
    });
}

/** What the schema cannot see in data/kla/indikator.yml: repeated ids, unknown klaster and schemes, links the catalogue lacks. */
function checkModel(model: KlaModel, links: Links, log: IssueLog): void {
  const file = 'data/kla/indikator.yml';
  const klaster = new Set(model.klaster.map((k) => k.kode));
  const seen = new Set<string>();
  for (const [i, ind] of model.indikator.entries()) {
    const at = `indikator.${i}`;
    if (seen.has(ind.id)) {
      const message = 'Id indikator KLA ini sudah dipakai. Setiap indikator perlu id sendiri.';
      log.error({ file, column: `${at}.id`, value: ind.id, rule: 'id-ganda', message });
    }
    seen.add(ind.id);
    if (!klaster.has(ind.klaster)) {
      const message = `Klaster tidak dikenal. Pakai salah satu kode di bagian klaster: ${[...klaster].join(', ')}.`;
      log.error({ file, column: `${at}.klaster`, value: ind.klaster, rule: 'klaster', message });
    }
    ind.tautan = links(ind.tautan, file, `${at}.tautan`);
  }
  for (const [i, y] of model.tahun.entries()) {
    if (y.skema === undefined || y.skema in model.skema) continue;
    const message = `Skema tidak dikenal. Pakai salah satu: ${Object.keys(model.skema).join(', ')}.`;
    log.error({ file, column: `tahun.${i}.skema`, value: y.skema, rule: 'skema', message });
  }
}

/** data/kla/drppa.csv, the DRPPA evidence per desa, where the model asks for it and the file exists. */
async function readDrppaFile(dataDir: string, model: KlaModel, loaded: Loaded, log: IssueLog) {
  const path = join(dataDir, 'kla', 'drppa.csv');
  if (!model.drppa || !existsSync(path)) return [];
  return readDrppa(path, {
    label: 'data/kla/drppa.csv',
    items: new Set(model.drppa.indikator.map((i) => i.id)),
    regions: loaded.regions,
    sources: new Set(Object.keys(loaded.sources)),
    years: loaded.config.tahun,
    log,
  });
}
